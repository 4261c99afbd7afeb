import type { MDCRoot } from '@nuxtjs/mdc'
import { parseMarkdown } from '@nuxtjs/mdc/runtime'
import rehypeExternalLinks from 'rehype-external-links'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'

/**
 * GitHub's sanitising rules (no script, style, iframe, form or event-handler attributes; links and
 * images only over http, https and mailto), minus the `user-content-` prefix: headings get their anchor
 * ids after sanitising and editors' ids are dropped rather than prefixed.
 */
const SANITIZE_SCHEMA = { ...defaultSchema, clobber: [], clobberPrefix: '' }

/**
 * Renders markdown from the CMS, which is untrusted input, into the MDC tree the page renders on the
 * server. Plugins run in this order: raw HTML is parsed first, so that sanitising sees all of it.
 */
export async function renderMarkdown(markdown: string): Promise<MDCRoot> {
  const { body } = await parseMarkdown(markdown, {
    remark: { plugins: { 'remark-mdc': false } },
    rehype: {
      plugins: {
        'rehype-raw': { instance: rehypeRaw },
        'sanitize': { instance: rehypeSanitize, options: SANITIZE_SCHEMA },
        'rehype-external-links': { instance: rehypeExternalLinks, options: { rel: ['noopener', 'noreferrer'] } },
      },
    },
    toc: false,
    contentHeading: false,
  })
  return body
}
