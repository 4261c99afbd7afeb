import type { SearchResponse } from '../../shared/types/search'
import { cmsClient } from '../cms/clients'
import { toHttpError } from '../cms/read'
import { searchSite } from '../search/site-search'

/**
 * Searches pages, services and articles for `?q=`: 400 with a message for a query the site will not run
 * (longer than 200 characters), results with highlighted matches otherwise. Not cached: queries are
 * endless, and a cache of them would push out the pages.
 */
export default defineEventHandler(async (event) => {
  const search = parseSearchQuery(getQuery(event).q)
  if (search.kind === 'invalid')
    throw createError({ statusCode: 400, statusMessage: 'Invalid search', message: search.message })
  if (search.kind === 'empty')
    return { query: '', pages: [], services: [], caseStudies: [], articles: [], total: { pages: 0, services: 0, caseStudies: 0, articles: 0 } } satisfies SearchResponse
  try {
    return await searchSite(cmsClient('read'), search.query, search.terms) satisfies SearchResponse
  }
  catch (error) {
    throw toHttpError(error)
  }
})
