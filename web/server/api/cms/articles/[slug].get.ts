/** One article, rendered, with related articles; the draft in preview. */
export default defineEventHandler(event => siteReads(event).articlePage(getRouterParam(event, 'slug') ?? ''))
