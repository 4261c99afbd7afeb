import type { Category } from '@agency/shared'

/** One blog category. */
export default defineEventHandler((event) => {
  const slug = getRouterParam(event, 'slug') ?? ''
  return readCms<Category>({
    key: `category:${slug}`,
    tags: category => ['categories', `category:${slug}`, `category-doc:${category.documentId}`],
    read: cms => cms.categories.bySlug(slug),
  })
})
