import { SEED_ARTICLE_SLUG, SEED_CASE_STUDY_SLUG } from '@agency/test-support/site-pages'
import { describe, expect, inject, it } from 'vitest'

const webUrl = inject('webUrl')
/** The site's public origin in the tests (runtimeConfig.public.siteUrl's default). */
const SITE = 'http://localhost:3000'

interface Head {
  title: string
  meta: Record<string, string>
  canonical: string | undefined
  graph: Array<Record<string, unknown>>
}

async function head(path: string): Promise<Head> {
  const html = await fetch(`${webUrl}${path}`).then(response => response.text())
  const meta: Record<string, string> = {}
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/g)) {
    const key = tag.match(/\s(?:name|property)="([^"]+)"/)?.[1]
    const content = tag.match(/\scontent="([^"]*)"/)?.[1]
    if (key && content !== undefined)
      meta[key] = content.replace(/&amp;/g, '&').replace(/&#x27;/g, '\'')
  }
  const graph = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)]
    .flatMap(([, json]) => (JSON.parse(json ?? '{}') as { '@graph': Array<Record<string, unknown>> })['@graph'])
  return {
    title: html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '',
    meta,
    canonical: html.match(/<link rel="canonical" href="([^"]+)"/)?.[1],
    graph,
  }
}

const ofType = (graph: Head['graph'], type: string) => graph.filter(node => node['@type'] === type)

describe('SEO metadata and structured data', () => {
  it.each([
    { path: '/', title: /Kestrel Digital/ },
    { path: '/services', title: /^Services — Kestrel Digital$/ },
    { path: '/services/web-design', title: /Web Design/ },
    { path: '/blog', title: /^Blog — Kestrel Digital$/ },
    { path: '/blog?page=2', title: /page 2/ },
    { path: `/blog/${SEED_ARTICLE_SLUG}`, title: /Should you outsource social media marketing\?/ },
    { path: '/blog/category/content', title: /Content/ },
    { path: '/about', title: /A small studio/ },
    { path: '/work', title: /^Our work — Kestrel Digital$/ },
    { path: '/work?service=web-marketing', title: /^Our work: Web Marketing — Kestrel Digital$/ },
    { path: `/work/${SEED_CASE_STUDY_SLUG}`, title: /Loaf (?:&amp;|&) Ladle Bakery: weekend pre-orders online/ },
    { path: '/free-website-assessment', title: /FREE Website Assessment/ },
  ])('$path: title, description, absolute canonical, Open Graph and Twitter card', async ({ path, title }) => {
    const page = await head(path)
    expect(page.title).toMatch(title)
    expect(page.canonical).toBe(`${SITE}${path}`)
    expect(page.meta.description?.length).toBeGreaterThan(30)
    expect(page.meta['og:title']).toBeTruthy()
    expect(page.meta['og:description']).toBe(page.meta.description)
    expect(page.meta['og:url']).toBe(page.canonical)
    expect(page.meta['og:image']).toMatch(/^http:\/\/localhost:3000\/.+\.(?:png|jpe?g|webp)$/)
    expect(page.meta['twitter:card']).toBe('summary_large_image')
    expect(page.meta.robots).toBe('index, follow')
  })

  it('keeps the thank-you page out of search results', async () => {
    expect((await head('/free-website-assessment/thank-you')).meta.robots).toBe('noindex, nofollow')
  })

  it('describes the organisation and the website on every page', async () => {
    for (const path of ['/', '/services/web-design', `/blog/${SEED_ARTICLE_SLUG}`, '/privacy']) {
      const { graph } = await head(path)
      expect(ofType(graph, 'Organization')[0], path).toMatchObject({ name: 'Kestrel Digital', url: `${SITE}/`, logo: `${SITE}/logo.png` })
      expect(ofType(graph, 'WebSite')[0], path).toMatchObject({ name: 'Kestrel Digital', url: `${SITE}/` })
    }
  })

  it('describes a service page as a Service with breadcrumbs', async () => {
    const { graph } = await head('/services/web-design')
    expect(ofType(graph, 'Service')[0]).toMatchObject({ name: 'Web Design', provider: { '@id': `${SITE}/#organization` } })
    expect(ofType(graph, 'BreadcrumbList')[0]?.itemListElement).toEqual([
      { '@type': 'ListItem', 'position': 1, 'name': 'Home', 'item': `${SITE}/` },
      { '@type': 'ListItem', 'position': 2, 'name': 'Services', 'item': `${SITE}/services` },
      { '@type': 'ListItem', 'position': 3, 'name': 'Web Design', 'item': `${SITE}/services/web-design` },
    ])
  })

  it('describes an article as a BlogPosting with its required properties', async () => {
    const { graph, meta } = await head(`/blog/${SEED_ARTICLE_SLUG}`)
    const posting = ofType(graph, 'BlogPosting')[0]
    expect(posting).toMatchObject({
      headline: 'Social media marketing: to outsource, or not to outsource?',
      datePublished: '2025-09-18',
      author: { '@type': 'Person', 'name': 'Dana Whitfield' },
      publisher: { '@id': `${SITE}/#organization` },
      url: `${SITE}/blog/${SEED_ARTICLE_SLUG}`,
    })
    expect(String(posting?.image)).toMatch(/^http:\/\/localhost:3000\//)
    expect(String(posting?.dateModified)).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(meta['og:type']).toBe('article')
    expect(ofType(graph, 'BreadcrumbList')).toHaveLength(1)
  })
})
