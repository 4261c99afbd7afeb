import type { PageBlock, PageDocument } from '@agency/shared'
import { pageBlockSchema } from '@agency/shared'
import { z } from 'zod'

/**
 * The blocks of a page this site can show, in the editor's order. A block that fails its schema (a
 * kind from a newer CMS, or malformed) is left out with one log line, so one bad block never takes
 * the page down with it.
 */
export function knownSections(page: Pick<PageDocument, 'slug' | 'sections'>, log: (line: string) => void = console.warn): PageBlock[] {
  return page.sections.flatMap((section, index) => {
    const parsed = pageBlockSchema.safeParse(section)
    if (parsed.success)
      return [parsed.data]
    const reason = z.prettifyError(parsed.error).replace(/\s*\n\s*/g, '; ')
    log(`[pages] page "${page.slug}": skipped block ${index + 1} (${section.__component}): ${reason}`)
    return []
  })
}
