/** One service with its body rendered, and the other services to point to; the draft in preview. */
export default defineEventHandler(event => siteReads(event).servicePage(getRouterParam(event, 'slug') ?? ''))
