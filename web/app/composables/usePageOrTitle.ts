import type { PageView } from '~~/shared/types/page-view'

/**
 * The CMS page whose words open a page with a list of its own (services, blog, search, the assessment
 * form); when editors have removed it, a bare page with `title`, so the list still shows.
 */
export async function usePageOrTitle(slug: string, title: string): Promise<Ref<PageView>> {
  const page = await useBlockPage(slug)
  return page ?? ref({ id: 0, documentId: '', createdAt: '', updatedAt: '', title, slug, seo: null, sections: [] })
}
