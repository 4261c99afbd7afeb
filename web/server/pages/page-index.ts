import type { CmsClient, PageIndexEntry } from '@agency/shared'
import { isCmsError } from '@agency/shared'

/**
 * Every published page built from blocks, for the sitemap and the search. A CMS without pages (an
 * older version: its `/api/pages` is a 404) has none, and the rest of the site still lists.
 */
export async function publishedPages(cms: CmsClient): Promise<PageIndexEntry[]> {
  try {
    return (await cms.pages.index()).items
  }
  catch (error) {
    if (isCmsError(error) && error.kind === 'not-found')
      return []
    throw error
  }
}
