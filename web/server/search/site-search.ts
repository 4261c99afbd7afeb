import type { CmsClient, PageIndexEntry } from '@agency/shared'
import type { SearchResponse, SearchResult } from '../../shared/types/search'
import { articlePath, caseStudyPath, hasOwnAddress, HOME_PAGE_SLUG, pagePath, servicePath } from '@agency/shared'
import { renderMarkdown } from '../markup/markdown'
import { mdcToText } from '../markup/mdc-html'
import { publishedPages } from '../pages/page-index'
import { containsTerm, highlightTerms, searchSnippet } from './search-snippet'

/** Results per kind; a visitor who needs more than this refines the words instead. */
const SERVICE_LIMIT = 10
const ARTICLE_LIMIT = 20
const CASE_STUDY_LIMIT = 10

/**
 * The passage to show: from the summary when a term is in it, else from the body. The body is the
 * markdown rendered and sanitised as on its page, read as plain text, so no markup or hidden content
 * of the source shows up in a snippet.
 */
async function snippetFor(summary: string, body: string, terms: string[]): Promise<string> {
  if (containsTerm(summary, terms))
    return searchSnippet([summary], terms)
  return searchSnippet([mdcToText(await renderMarkdown(body)), summary], terms)
}

/** Entries with a term in their title first; otherwise the CMS's order (display order, newest first). */
function titleMatchesFirst<T extends { title: string }>(items: T[], terms: string[]): T[] {
  return items
    .map(item => ({ item, inTitle: containsTerm(item.title, terms) }))
    .sort((a, b) => Number(b.inTitle) - Number(a.inTitle))
    .map(({ item }) => item)
}

/**
 * Pages found by what describes them, every term in the title or the SEO description: their words sit
 * in blocks the CMS cannot filter on. The home page is the root, not a result; noindex pages stay out.
 */
function matchingPages(pages: PageIndexEntry[], terms: string[]): PageIndexEntry[] {
  return pages.filter((page) => {
    const text = `${page.title}\n${page.seo?.metaDescription ?? ''}`
    return page.slug !== HOME_PAGE_SLUG && hasOwnAddress(page.slug) && !page.seo?.noIndex && terms.every(term => containsTerm(text, [term]))
  })
}

/**
 * Pages, services, case studies and published articles that contain every term in their title, summary or excerpt, or body,
 * through the CMS's filters (matched literally, ignoring case), with highlighted titles and snippets.
 */
export async function searchSite(cms: CmsClient, query: string, terms: string[]): Promise<SearchResponse> {
  const [pages, services, caseStudies, articles] = await Promise.all([
    publishedPages(cms).then(all => matchingPages(all, terms)),
    cms.services.search({ terms, pageSize: SERVICE_LIMIT }),
    cms.caseStudies.search({ terms, pageSize: CASE_STUDY_LIMIT }),
    cms.articles.search({ terms, pageSize: ARTICLE_LIMIT }),
  ])
  const result = async (path: string, title: string, summary: string, body: string): Promise<SearchResult> => ({
    path,
    title,
    titleHtml: highlightTerms(title, terms),
    snippetHtml: await snippetFor(summary, body, terms),
  })
  return {
    query,
    pages: titleMatchesFirst(pages, terms).map(page => ({
      path: pagePath(page.slug),
      title: page.title,
      titleHtml: highlightTerms(page.title, terms),
      snippetHtml: searchSnippet([page.seo?.metaDescription ?? ''], terms),
    })),
    services: await Promise.all(titleMatchesFirst(services.items, terms).map(service => result(servicePath(service.slug), service.title, service.summary, service.body))),
    caseStudies: await Promise.all(titleMatchesFirst(caseStudies.items, terms).map(study =>
      result(caseStudyPath(study.slug), study.title, `${study.client}. ${study.summary}`, [study.challenge, study.approach, study.outcome].join('\n\n')))),
    articles: await Promise.all(titleMatchesFirst(articles.items, terms).map(async article => ({
      ...await result(articlePath(article.slug), article.title, article.excerpt, article.body),
      date: article.publishedDate,
    }))),
    total: { pages: pages.length, services: services.pagination.total, caseStudies: caseStudies.pagination.total, articles: articles.pagination.total },
  }
}
