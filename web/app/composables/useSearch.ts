import type { SearchResponse } from '~~/shared/types/search'

export type SearchState
  = | { kind: 'empty', query: string }
    | { kind: 'invalid', query: string, message: string }
    | { kind: 'results', query: string, response: SearchResponse }

/**
 * The search page's state for `?q=`: nothing asked yet, a query the site refuses (the page answers
 * 400 with the message), or the results. The query is read as the API reads it, so both agree.
 */
export async function useSearch(raw: unknown): Promise<SearchState> {
  const search = parseSearchQuery(raw)
  if (search.kind === 'invalid') {
    const event = useRequestEvent()
    if (event)
      setResponseStatus(event, 400)
    const typed = [raw].flat()[0]
    return { kind: 'invalid', query: typeof typed === 'string' ? typed.slice(0, SEARCH_QUERY_MAX_LENGTH) : '', message: search.message }
  }
  if (search.kind === 'empty')
    return { kind: 'empty', query: '' }
  const response = requireData(await useFetch('/api/search', { query: { q: search.query }, key: `search:${search.query}` }))
  return { kind: 'results', query: search.query, response: response.value }
}
