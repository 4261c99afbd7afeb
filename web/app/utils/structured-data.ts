import type { Article, CaseStudy, Global, Service } from '@agency/shared'
import { articlePath, caseStudyPath, homePath, searchPath, servicePath } from '@agency/shared/paths'

/** A schema.org node as JSON-LD, without the @context (the graph carries it). */
export type JsonLdNode = Record<string, unknown> & { '@type': string }

export const organizationId = (siteUrl: string) => `${siteUrl}/#organization`
export const websiteId = (siteUrl: string) => `${siteUrl}/#website`

export function organizationNode(global: Global, siteUrl: string): JsonLdNode {
  return {
    '@type': 'Organization',
    '@id': organizationId(siteUrl),
    'name': global.agencyName,
    'url': `${siteUrl}${homePath()}`,
    'logo': `${siteUrl}/logo.png`,
    'email': global.contactEmail,
    ...(global.contactPhone ? { telephone: global.contactPhone } : {}),
    ...(global.address ? { address: global.address.replace(/\n/g, ', ') } : {}),
    'slogan': global.tagline,
  }
}

export function websiteNode(global: Global, siteUrl: string): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': websiteId(siteUrl),
    'url': `${siteUrl}${homePath()}`,
    'name': global.agencyName,
    'publisher': { '@id': organizationId(siteUrl) },
    'inLanguage': 'en',
    'potentialAction': {
      '@type': 'SearchAction',
      'target': { '@type': 'EntryPoint', 'urlTemplate': `${siteUrl}${searchPath()}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  }
}

export function serviceNode(service: Service, siteUrl: string): JsonLdNode {
  return {
    '@type': 'Service',
    'name': service.title,
    'description': service.summary,
    'serviceType': service.title,
    'url': `${siteUrl}${servicePath(service.slug)}`,
    'provider': { '@id': organizationId(siteUrl) },
    'areaServed': 'Worldwide',
  }
}

export function blogPostingNode(article: Article, siteUrl: string, image: string): JsonLdNode {
  const url = `${siteUrl}${articlePath(article.slug)}`
  return {
    '@type': 'BlogPosting',
    'headline': article.title,
    'description': article.excerpt,
    'url': url,
    'mainEntityOfPage': url,
    'image': image,
    'datePublished': article.publishedDate,
    'dateModified': article.updatedAt,
    'author': { '@type': 'Person', 'name': article.author.name, ...(article.author.role ? { jobTitle: article.author.role } : {}) },
    'publisher': { '@id': organizationId(siteUrl) },
    'articleSection': article.categories.map(category => category.name),
    'wordCount': article.body.split(/\s+/).filter(Boolean).length,
    'inLanguage': 'en',
  }
}

/**
 * A case study as the work it describes: made by the agency for the client (`sourceOrganization`, the
 * organisation on whose behalf the work was made), with its services as keywords.
 */
export function creativeWorkNode(caseStudy: CaseStudy, siteUrl: string, image: string): JsonLdNode {
  const url = `${siteUrl}${caseStudyPath(caseStudy.slug)}`
  const client = {
    '@type': 'Organization',
    'name': caseStudy.client,
    ...(caseStudy.liveUrl ? { url: caseStudy.liveUrl } : {}),
  }
  return {
    '@type': 'CreativeWork',
    'name': caseStudy.title,
    'headline': caseStudy.title,
    'description': caseStudy.summary,
    'url': url,
    'mainEntityOfPage': url,
    'image': image,
    'dateCreated': String(caseStudy.year),
    'dateModified': caseStudy.updatedAt,
    'creator': { '@id': organizationId(siteUrl) },
    'publisher': { '@id': organizationId(siteUrl) },
    'sourceOrganization': client,
    'keywords': caseStudy.services.map(service => service.title),
    ...(caseStudy.testimonial
      ? {
          review: {
            '@type': 'Review',
            'reviewBody': caseStudy.testimonial.quote,
            'author': { '@type': 'Person', 'name': caseStudy.testimonial.name, ...(caseStudy.testimonial.role ? { jobTitle: caseStudy.testimonial.role } : {}) },
          },
        }
      : {}),
    'inLanguage': 'en',
  }
}

export interface Crumb {
  name: string
  path: string
}

export function breadcrumbNode(crumbs: Crumb[], siteUrl: string): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    'itemListElement': crumbs.map((crumb, index) => ({ '@type': 'ListItem', 'position': index + 1, 'name': crumb.name, 'item': `${siteUrl}${crumb.path}` })),
  }
}

/** JSON-LD inside a <script>: `<` is escaped so that no value can close the element. */
export function jsonLdScript(nodes: JsonLdNode[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes }).replace(/</g, '\\u003c')
}

export interface FaqEntry {
  question: string
  /** The answer as plain text. */
  answer: string
}

/** One FAQPage for a page, however many FAQ blocks it stacks: search engines read one per page. */
export function faqPageNode(entries: FaqEntry[]): JsonLdNode {
  return {
    '@type': 'FAQPage',
    'mainEntity': entries.map(entry => ({
      '@type': 'Question',
      'name': entry.question,
      'acceptedAnswer': { '@type': 'Answer', 'text': entry.answer },
    })),
  }
}
