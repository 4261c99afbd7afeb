import { z } from 'zod'

const querySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  category: z.string().regex(/^[a-z0-9-]{1,120}$/).optional(),
  pageSize: z.coerce.number().int().min(1).max(24).optional(),
})

/** A page of published articles, newest first, optionally in one category. */
export default defineEventHandler(async (event) => {
  const query = await getValidatedQuery(event, data => querySchema.safeParse(data))
  if (!query.success)
    throw createError({ statusCode: 400, statusMessage: 'Invalid page or category' })
  const { page, category, pageSize = useRuntimeConfig().blog.pageSize } = query.data
  return readCms({
    key: `articles:${category ?? 'all'}:${page}:${pageSize}`,
    tags: () => ['articles', ...(category ? [`category:${category}`] : [])],
    read: cms => cms.articles.list({ page, category, pageSize }),
  })
})
