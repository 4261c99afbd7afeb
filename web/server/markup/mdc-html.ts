import type { MDCNode, MDCRoot } from '@nuxtjs/mdc'
import { escapeMarkup } from './escape'
import { siteUrlFor } from '../seo/site-url'

/** Elements without content or end tag. */
const VOID_TAGS = new Set(['area', 'br', 'col', 'hr', 'img', 'source', 'track', 'wbr'])

/** Elements that end a run of text, so that the plain text of one does not run into the next. */
const BLOCK_TAGS = new Set(['blockquote', 'br', 'dd', 'div', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'p', 'pre', 'td', 'th', 'tr'])

/**
 * The attributes a feed reader can use, by their name in the MDC tree (hast property names). Classes,
 * styles and ids belong to the site's own pages and are left out.
 */
const ATTRIBUTES: Record<string, string> = {
  href: 'href',
  src: 'src',
  alt: 'alt',
  title: 'title',
  width: 'width',
  height: 'height',
  colSpan: 'colspan',
  rowSpan: 'rowspan',
  align: 'align',
  start: 'start',
  reversed: 'reversed',
  cite: 'cite',
  dateTime: 'datetime',
  rel: 'rel',
  lang: 'lang',
  dir: 'dir',
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'cite'])
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])
const TAG_NAME = /^[a-z][a-z0-9]*$/

/** A link or image address made absolute against the site, or undefined when it is not http(s) or mailto. */
function absoluteUrl(value: string, siteUrl: string): string | undefined {
  try {
    const url = new URL(value, siteUrlFor(siteUrl, '/'))
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined
  }
  catch {
    return undefined
  }
}

function attributeText(value: unknown): string | true | undefined {
  if (value === true)
    return true
  if (typeof value === 'string' || typeof value === 'number')
    return String(value)
  if (Array.isArray(value) && value.every(part => typeof part === 'string' || typeof part === 'number'))
    return value.join(' ')
  return undefined
}

function attributes(props: Record<string, unknown> | undefined, siteUrl: string): string {
  let html = ''
  for (const [prop, name] of Object.entries(ATTRIBUTES)) {
    let value = attributeText(props?.[prop])
    if (value === undefined)
      continue
    if (URL_ATTRIBUTES.has(name)) {
      value = typeof value === 'string' ? absoluteUrl(value, siteUrl) : undefined
      if (value === undefined)
        continue
    }
    html += value === true ? ` ${name}` : ` ${name}="${escapeMarkup(value)}"`
  }
  return html
}

function nodeHtml(node: MDCNode, siteUrl: string): string {
  if (node.type === 'text')
    return escapeMarkup(node.value)
  if (node.type !== 'element')
    return ''
  const children = node.children.map(child => nodeHtml(child, siteUrl)).join('')
  // The tree was sanitised already; a tag name that is not plain HTML keeps its text and loses the tag.
  if (!TAG_NAME.test(node.tag))
    return children
  const open = `<${node.tag}${attributes(node.props, siteUrl)}>`
  return VOID_TAGS.has(node.tag) ? open : `${open}${children}</${node.tag}>`
}

/**
 * Serialises the sanitised tree of a rendered markdown body (see markdown.ts) to HTML for places that
 * cannot run the site's components, such as feed readers: text escaped, a fixed set of attributes,
 * and addresses absolute so that links and images work away from the site.
 */
export function mdcToHtml(root: MDCRoot, siteUrl: string): string {
  return root.children.map(node => nodeHtml(node, siteUrl)).join('')
}

function nodeText(node: MDCNode): string {
  if (node.type === 'text')
    return node.value
  if (node.type !== 'element')
    return ''
  const text = node.children.map(nodeText).join('')
  return BLOCK_TAGS.has(node.tag) ? ` ${text} ` : text
}

/** The readable text of a rendered markdown body, on one line. */
export function mdcToText(root: MDCRoot): string {
  return root.children.map(nodeText).join('').replace(/\s+/g, ' ').trim()
}
