import type { MDCRoot } from '@nuxtjs/mdc'
import type { Service } from '@agency/shared'

interface ServicePage {
  service: Service & { bodyTree: MDCRoot }
  others: Service[]
}

/** One service with its body rendered, and the other services to point to. */
export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug') ?? ''
  const [service, all] = await readCms(cms => Promise.all([cms.services.bySlug(slug), cms.services.list()]))
  return {
    service: { ...service, bodyTree: await renderMarkdown(service.body) },
    others: all.filter(other => other.slug !== service.slug),
  } satisfies ServicePage
})
