import type { CaseStudy, CmsClient, PageBlock, PageDocument, Service } from '@agency/shared'
import type { BlockView, PageView } from '../../shared/types/page-view'
import { renderPageMarkdown } from '../markup/prose-images'
import { mdcToText } from '../markup/mdc-html'
import { headingsFrom } from './markdown-headings'
import { knownSections } from './page-sections'

/** The services a grid shows: those the editor chose, in that order, or every service when none was chosen. */
function chosenServices(all: Service[], chosen: Array<{ documentId: string }>): Service[] {
  if (chosen.length === 0)
    return all
  const byId = new Map(all.map(service => [service.documentId, service]))
  return chosen.flatMap(({ documentId }) => byId.get(documentId) ?? [])
}

/** Case studies a selected work block can choose from: every one a small agency would publish. */
const CASE_STUDY_CHOICES = 100

/** The case studies a selected work block shows: those the editor chose, in that order, or the newest `count`. */
async function selectedWork(cms: CmsClient, chosen: Array<{ documentId: string }>, count: number): Promise<CaseStudy[]> {
  if (chosen.length === 0)
    return (await cms.caseStudies.list({ pageSize: count })).items
  const { items } = await cms.caseStudies.list({ pageSize: CASE_STUDY_CHOICES })
  const byId = new Map(items.map(study => [study.documentId, study]))
  return chosen.flatMap(({ documentId }) => byId.get(documentId) ?? [])
}

/** One block with what it shows; `services` is read once for the page, and only when a block needs it. */
async function blockView(cms: CmsClient, block: PageBlock, services: () => Promise<Service[]>): Promise<BlockView> {
  switch (block.__component) {
    case 'blocks.rich-text':
      return { ...block, bodyTree: headingsFrom(await renderPageMarkdown(block.body), block.heading ? 3 : 2) }
    case 'blocks.image-text':
      return { ...block, bodyTree: headingsFrom(await renderPageMarkdown(block.body), 3) }
    case 'blocks.faq':
      return {
        ...block,
        items: await Promise.all(block.items.map(async (item) => {
          const answerTree = headingsFrom(await renderPageMarkdown(item.answer), 4)
          return { ...item, answerTree, answerText: mdcToText(answerTree) }
        })),
      }
    case 'blocks.services-grid':
      return { ...block, items: chosenServices(await services(), block.services) }
    case 'blocks.latest-articles': {
      const { items } = await cms.articles.list({ category: block.category?.slug, pageSize: block.count })
      return { ...block, articles: items }
    }
    case 'blocks.selected-work':
      return { ...block, items: await selectedWork(cms, block.caseStudies, block.count) }
    default:
      return block
  }
}

/** A page from the CMS as the site renders it: blocks it does not know left out, the rest made ready. */
export async function pageView(cms: CmsClient, page: PageDocument): Promise<PageView> {
  let allServices: Promise<Service[]> | undefined
  const services = () => (allServices ??= cms.services.list())
  const sections = await Promise.all(knownSections(page).map(block => blockView(cms, block, services)))
  return { ...page, sections }
}
