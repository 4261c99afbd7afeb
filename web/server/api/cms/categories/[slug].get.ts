/** One blog category. */
export default defineEventHandler(event => siteReads(event).category(getRouterParam(event, 'slug') ?? ''))
