import type { MDCRoot } from '@nuxtjs/mdc'
import type { CmsClient, Service } from '@agency/shared'

interface ServicePage {
  service: Service & { bodyTree: MDCRoot }
  others: Service[]
}

async function servicePage(cms: CmsClient, slug: string, draft: boolean): Promise<ServicePage> {
  const [service, all] = await Promise.all([cms.services.bySlug(slug, { draft }), cms.services.list()])
  return {
    service: { ...service, bodyTree: await renderMarkdown(service.body) },
    others: all.filter(other => other.slug !== service.slug),
  }
}

/** One service with its body rendered, and the other services to point to; the draft in preview. */
export default defineEventHandler((event) => {
  const slug = getRouterParam(event, 'slug') ?? ''
  if (isPreviewRequest(event))
    return readDraft(event, cms => servicePage(cms, slug, true))
  return readCms<ServicePage>({
    key: `service:${slug}`,
    tags: page => ['services', `service:${slug}`, `service-doc:${page.service.documentId}`],
    read: cms => servicePage(cms, slug, false),
  })
})
