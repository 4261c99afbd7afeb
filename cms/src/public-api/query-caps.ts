export interface QueryCaps {
  /** Levels of `filters`: `filters[categories][slug][$eq]` is 3; `$and`/`$or` lists add none, their members one. */
  maxFilterDepth: number
  /** Levels of `populate`; `*` is refused at any level. */
  maxPopulateDepth: number
}

/** How many objects are nested in `value`; lists are looked through. */
function depth(value: unknown): number {
  if (Array.isArray(value))
    return Math.max(0, ...value.map(depth))
  if (typeof value === 'object' && value !== null)
    return 1 + Math.max(0, ...Object.values(value).map(depth))
  return 0
}

/** Whether `*` appears in `populate`, as `populate=*`, `populate[0]=*` or `populate[author][populate]=*`. */
function populatesEverything(value: unknown): boolean {
  if (value === '*')
    return true
  if (typeof value === 'string')
    return value.split(',').includes('*')
  if (typeof value === 'object' && value !== null)
    return Object.values(value).some(populatesEverything)
  return false
}

/**
 * Why an anonymous caller's query (as Strapi's query middleware parsed it) asks for more than the public
 * API serves, or undefined. Deep filters make the database join table after table, and `populate=*`
 * reads every relation; page sizes are already bounded by `api.rest.maxLimit` (config/api.ts).
 */
export function queryCapExceeded(query: Record<string, unknown>, caps: QueryCaps): string | undefined {
  const filterDepth = depth(query.filters)
  if (filterDepth > caps.maxFilterDepth)
    return `Filters may be nested ${caps.maxFilterDepth} levels deep without an API token; these are ${filterDepth}.`
  if (populatesEverything(query.populate))
    return 'populate=* is not served without an API token: name the relations to populate.'
  const populateDepth = depth(query.populate)
  if (populateDepth > caps.maxPopulateDepth)
    return `populate may be nested ${caps.maxPopulateDepth} levels deep without an API token; this one is ${populateDepth}.`
  return undefined
}
