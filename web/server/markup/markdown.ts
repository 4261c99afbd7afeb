import type { MDCRoot } from '@nuxtjs/mdc'
import { parseMarkdown } from '@nuxtjs/mdc/runtime'
import rehypeExternalLinks from 'rehype-external-links'
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'

/** Attributes that could clobber globals (`id="__nuxt"`, `name="location"`). */
const BLOCKED_ATTRIBUTES = new Set(['id', 'name'])

/** GitHub keeps `input` for task-list checkboxes; an article has no use for form controls. */
const BLOCKED_TAGS = new Set(['input'])

/**
 * GitHub's sanitising rules (no script, style, iframe, form or event-handler attributes; links and
 * images only over http, https and mailto), without ids, names and inputs: headings get their anchor
 * ids after sanitising, from their text.
 */
const SANITIZE_SCHEMA = {
  ...defaultSchema,
  clobber: [],
  tagNames: (defaultSchema.tagNames ?? []).filter(tag => !BLOCKED_TAGS.has(tag)),
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter(attribute => typeof attribute !== 'string' || !BLOCKED_ATTRIBUTES.has(attribute)),
  },
}

/**
 * Renders markdown from the CMS, which is untrusted input, into the MDC tree the page renders on the
 * server. MDC runs its default rehype plugins first (rehype-raw parses embedded HTML among them); the
 * plugins added here run after them, so sanitising sees everything and link attributes come last.
 */
export async function renderMarkdown(markdown: string): Promise<MDCRoot> {
  const { body } = await parseMarkdown(markdown, {
    remark: { plugins: { 'remark-mdc': false } },
    rehype: {
      plugins: {
        'rehype-external-links': false,
        'sanitize': { instance: rehypeSanitize, options: SANITIZE_SCHEMA },
        'external-links': { instance: rehypeExternalLinks, options: { rel: ['noopener', 'noreferrer'] } },
      },
    },
    toc: false,
    contentHeading: false,
  })
  return body
}
