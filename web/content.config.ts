import { defineCollection, defineContentConfig, z } from '@nuxt/content'

export default defineContentConfig({
  collections: {
    pages: defineCollection({
      type: 'page',
      source: '*.md',
      schema: z.object({
        eyebrow: z.string().optional(),
        updated: z.string().optional(),
      }),
    }),
  },
})
