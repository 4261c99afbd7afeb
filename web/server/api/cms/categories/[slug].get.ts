/** One blog category. */
export default defineEventHandler(event => readCms(cms => cms.categories.bySlug(getRouterParam(event, 'slug') ?? '')))
