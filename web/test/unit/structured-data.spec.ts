import type { Article, CaseStudy, Global, Service } from '@agency/shared'
import { describe, expect, it } from 'vitest'
import { blogPostingNode, breadcrumbNode, creativeWorkNode, faqPageNode, jsonLdScript, organizationNode, serviceNode, websiteNode } from '../../app/utils/structured-data'

const SITE = 'https://www.kestrel.example'
const meta = { id: 1, documentId: 'abc123', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-02-01T00:00:00.000Z' }

const global = {
  ...meta,
  agencyName: 'Kestrel Digital',
  tagline: 'Websites that work.',
  contactEmail: 'hello@kestrel.example',
  contactPhone: '+1 555 0100',
  address: '200 Harbor Street\nPortland',
  navigation: [],
  cta: { id: 1, label: 'Go', href: '/' },
  footer: { id: 1, links: [] },
  defaultSeo: {},
} satisfies Global

describe('structured data', () => {
  it('describes the organisation and the website with their required properties', () => {
    expect(organizationNode(global, SITE)).toMatchObject({ '@type': 'Organization', '@id': `${SITE}/#organization`, 'name': 'Kestrel Digital', 'url': `${SITE}/`, 'logo': `${SITE}/logo.png`, 'address': '200 Harbor Street, Portland' })
    expect(websiteNode(global, SITE)).toMatchObject({ '@type': 'WebSite', 'url': `${SITE}/`, 'name': 'Kestrel Digital', 'publisher': { '@id': `${SITE}/#organization` } })
  })

  it('describes a service as offered by the organisation', () => {
    const service = { ...meta, title: 'Web Design', slug: 'web-design', summary: 'Sites.', body: 'x', icon: 'browser', order: 0, highlights: [], ctaText: 'Go' } satisfies Service
    expect(serviceNode(service, SITE)).toEqual(expect.objectContaining({ '@type': 'Service', 'name': 'Web Design', 'url': `${SITE}/services/web-design`, 'provider': { '@id': `${SITE}/#organization` } }))
  })

  it('describes a case study as a CreativeWork made by the agency for its client, with the client\'s words as a review', () => {
    const cover = { id: 7, documentId: 'm7', url: '/uploads/cover.jpg', alternativeText: 'The new site', width: 1600, height: 1000 }
    const caseStudy = {
      ...meta,
      title: 'A bakery takes pre-orders online',
      slug: 'loaf-and-ladle',
      client: 'Loaf & Ladle Bakery',
      industry: 'Food and hospitality',
      year: 2026,
      summary: 'Pre-orders online.',
      challenge: 'Calls.',
      approach: 'A site.',
      outcome: 'Fewer calls.',
      results: [{ id: 1, figure: '3×', label: 'pre-orders' }],
      liveUrl: 'https://loafandladle.example',
      services: [{ documentId: 's1', slug: 'web-design', title: 'Web Design' }],
      testimonial: { ...meta, quote: 'Calm Saturdays.', name: 'Rosa Delgado', role: 'Co-owner', company: 'Loaf & Ladle Bakery' },
      cover,
      gallery: [],
    } satisfies CaseStudy
    expect(creativeWorkNode(caseStudy, SITE, `${SITE}/uploads/cover.jpg`)).toEqual(expect.objectContaining({
      '@type': 'CreativeWork',
      'name': 'A bakery takes pre-orders online',
      'url': `${SITE}/work/loaf-and-ladle`,
      'image': `${SITE}/uploads/cover.jpg`,
      'dateCreated': '2026',
      'creator': { '@id': `${SITE}/#organization` },
      'sourceOrganization': { '@type': 'Organization', 'name': 'Loaf & Ladle Bakery', 'url': 'https://loafandladle.example' },
      'keywords': ['Web Design'],
      'review': { '@type': 'Review', 'reviewBody': 'Calm Saturdays.', 'author': { '@type': 'Person', 'name': 'Rosa Delgado', 'jobTitle': 'Co-owner' } },
    }))
    expect(creativeWorkNode({ ...caseStudy, liveUrl: null, testimonial: null }, SITE, '')).not.toHaveProperty('review')
  })

  it('describes an article as a BlogPosting with headline, dates, author, publisher and image', () => {
    const article = {
      ...meta,
      title: 'Outsource?',
      slug: 'outsource',
      excerpt: 'Maybe.',
      body: 'one two three',
      author: { name: 'Dana Whitfield', role: 'Head of Social Strategy' },
      publishedDate: '2025-09-18',
      categories: [{ id: 1, documentId: 'c', name: 'Content', slug: 'content' }],
      readingTimeMinutes: 1,
    } satisfies Article
    expect(blogPostingNode(article, SITE, `${SITE}/og-default.png`)).toMatchObject({
      '@type': 'BlogPosting',
      'headline': 'Outsource?',
      'datePublished': '2025-09-18',
      'dateModified': meta.updatedAt,
      'author': { '@type': 'Person', 'name': 'Dana Whitfield', 'jobTitle': 'Head of Social Strategy' },
      'publisher': { '@id': `${SITE}/#organization` },
      'image': `${SITE}/og-default.png`,
      'wordCount': 3,
    })
  })

  it('numbers breadcrumbs from one with absolute URLs', () => {
    expect(breadcrumbNode([{ name: 'Home', path: '/' }, { name: 'Blog', path: '/blog' }], SITE)).toEqual({
      '@type': 'BreadcrumbList',
      'itemListElement': [
        { '@type': 'ListItem', 'position': 1, 'name': 'Home', 'item': `${SITE}/` },
        { '@type': 'ListItem', 'position': 2, 'name': 'Blog', 'item': `${SITE}/blog` },
      ],
    })
  })

  it('cannot be broken out of its script element', () => {
    const script = jsonLdScript([{ '@type': 'Thing', 'name': '</script><script>alert(1)</script>' }])
    expect(script).not.toContain('<')
    expect(JSON.parse(script)['@graph'][0].name).toBe('</script><script>alert(1)</script>')
  })
})

describe('faqPageNode', () => {
  it('lists each question with its answer as plain text', () => {
    expect(faqPageNode([{ question: 'How long?', answer: 'Six weeks.' }])).toEqual({
      '@type': 'FAQPage',
      'mainEntity': [{ '@type': 'Question', 'name': 'How long?', 'acceptedAnswer': { '@type': 'Answer', 'text': 'Six weeks.' } }],
    })
  })
})
