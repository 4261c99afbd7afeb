import type { CheerioAPI } from 'cheerio'
import { load } from 'cheerio'
import type { Check } from '../report'
import type { FetchedPage } from '../safe-fetch'

/** A fetched page with its HTML parsed once, shared by every check. */
export interface PageContext {
  page: FetchedPage
  $: CheerioAPI
  /** What relative links resolve against: the final URL, or the page's <base href>. */
  base: URL
}

export type Verdict = Pick<Check, 'status' | 'detail'>

export function resolveUrl(value: string, base: URL): URL | null {
  try {
    return new URL(value.trim(), base)
  }
  catch {
    return null
  }
}

export function createPageContext(page: FetchedPage): PageContext {
  const $ = load(page.body)
  const finalUrl = new URL(page.finalUrl)
  const baseHref = $('base[href]').first().attr('href')
  const base = baseHref === undefined ? finalUrl : resolveUrl(baseHref, finalUrl) ?? finalUrl
  return { page, $, base }
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The first non-empty content of a meta tag; Open Graph uses `property`, but many sites write `name`. */
export function metaContent($: CheerioAPI, key: string): string | undefined {
  const contents = $(`meta[name="${key}" i], meta[property="${key}" i]`)
    .map((_index, element) => collapseWhitespace($(element).attr('content') ?? ''))
    .get()
  return contents.find(content => content !== '')
}

export function quote(text: string, maxLength = 80): string {
  return `“${text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text}”`
}
