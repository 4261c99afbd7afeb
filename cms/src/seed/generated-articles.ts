import type { Core } from '@strapi/strapi'

const TOPICS = ['Local search', 'Landing pages', 'Email campaigns', 'Brand voice', 'Site speed', 'Social video', 'Analytics', 'Content calendars']
const BATCH = 250

/** Markdown of realistic length (about 600 words) with headings, lists and links, like an editor's article. */
function articleBody(topic: string, index: number): string {
  const paragraph = `${topic} work compounds: each change is small, measured against last month, and kept only when visitors respond. This note (${index}) walks through what we check first, what we change, and how we report it to the business owner in plain words.`
  const section = (heading: string) => `## ${heading}\n\n${paragraph}\n\n- Measure before changing anything\n- Change one thing at a time\n- [Ask us for a review](/free-website-assessment)\n\n${paragraph}`
  return [paragraph, section('Where to start'), section('What to change'), section('How to report it'), paragraph].join('\n\n')
}

/**
 * Adds `count` generated, published articles spread over every category, in transactions of a few hundred,
 * for load and scale tests. Slugs are `generated-<n>`, numbered after the generated articles that exist.
 */
export async function generateArticles(strapi: Core.Strapi, count: number): Promise<number> {
  const categories = await strapi.documents('api::category.category').findMany({ fields: ['documentId'] })
  const existing = await strapi.db.query('api::article.article').count({ where: { slug: { $startsWith: 'generated-' }, publishedAt: { $notNull: true } } })
  let created = 0
  while (created < count) {
    const size = Math.min(BATCH, count - created)
    await strapi.db.transaction(async () => {
      for (let offset = 0; offset < size; offset++) {
        const index = existing + created + offset + 1
        const topic = TOPICS[index % TOPICS.length]!
        const day = new Date(Date.UTC(2015, 0, 1) + index * 6 * 3600 * 1000).toISOString().slice(0, 10)
        await strapi.documents('api::article.article').create({
          status: 'published',
          data: {
            title: `${topic}: field note ${index}`,
            slug: `generated-${index}`,
            excerpt: `What ${topic.toLowerCase()} taught us on project ${index}, and what we would do again.`,
            body: articleBody(topic, index),
            author: { name: 'Generated Writer', role: 'Strategist' },
            publishedDate: day,
            categories: categories.length ? [categories[index % categories.length]!.documentId] : [],
          },
        })
      }
    })
    created += size
    strapi.log.info(`[generate] ${created} of ${count} articles`)
  }
  return created
}
