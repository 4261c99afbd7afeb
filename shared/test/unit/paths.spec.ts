import { describe, expect, it } from 'vitest'
import {
  articlePath,
  assessmentPath,
  assessmentThankYouPath,
  blogPath,
  caseStudyPath,
  categoryPath,
  contentPagePath,
  feedPath,
  homePath,
  listPagePath,
  previewExitPath,
  previewPath,
  revalidatePath,
  searchPath,
  servicePath,
  servicesPath,
  sitemapPath,
  workPath,
} from '../../src/paths'

describe('the site\'s addresses', () => {
  it('puts the home page at the root', () => {
    expect(homePath()).toBe('/')
  })

  it('lists the services at /services and gives each its page under it', () => {
    expect(servicesPath()).toBe('/services')
    expect(servicePath('web-design')).toBe('/services/web-design')
  })

  it('puts articles under /blog', () => {
    expect(articlePath('why-speed-matters')).toBe('/blog/why-speed-matters')
  })

  it('puts a category\'s page under /blog/category', () => {
    expect(categoryPath('social-media')).toBe('/blog/category/social-media')
  })

  it('puts a markdown page at its own path, however deep', () => {
    expect(contentPagePath('privacy')).toBe('/privacy')
    expect(contentPagePath(['legal', 'terms'])).toBe('/legal/terms')
  })

  it('puts the assessment form and its thank-you page under /free-website-assessment', () => {
    expect(assessmentPath()).toBe('/free-website-assessment')
    expect(assessmentThankYouPath()).toBe('/free-website-assessment/thank-you')
  })

  it('puts the sitemap at /sitemap.xml', () => {
    expect(sitemapPath()).toBe('/sitemap.xml')
  })
})

describe('list pages', () => {
  it('uses the bare list address for the first page', () => {
    expect(blogPath()).toBe('/blog')
    expect(blogPath(1)).toBe('/blog')
    expect(categoryPath('content', 1)).toBe('/blog/category/content')
  })

  it('adds ?page=n for later pages', () => {
    expect(blogPath(2)).toBe('/blog?page=2')
    expect(categoryPath('content', 3)).toBe('/blog/category/content?page=3')
  })

  it('leaves a page number that is not a later page out', () => {
    expect(listPagePath('/blog', 0)).toBe('/blog')
    expect(listPagePath('/blog', Number.NaN)).toBe('/blog')
  })
})

describe('workPath', () => {
  it('lists the work at /work and puts each case study under it', () => {
    expect(workPath()).toBe('/work')
    expect(caseStudyPath('loaf-and-ladle')).toBe('/work/loaf-and-ladle')
  })

  it('filters by service and pages through a plain query, without a page for the first', () => {
    expect(workPath({ service: 'web-design' })).toBe('/work?service=web-design')
    expect(workPath({ page: 2 })).toBe('/work?page=2')
    expect(workPath({ service: 'web-design', page: 3 })).toBe('/work?service=web-design&page=3')
    expect(workPath({ service: 'web-design', page: 1 })).toBe('/work?service=web-design')
  })
})

describe('searchPath', () => {
  it('is the bare search page without a query', () => {
    expect(searchPath()).toBe('/search')
  })

  it('encodes the query as ?q=', () => {
    expect(searchPath('branding')).toBe('/search?q=branding')
    expect(searchPath('"social media" & ads')).toBe('/search?q=%22social+media%22+%26+ads')
  })
})

describe('feedPath', () => {
  it('puts the blog\'s feeds at the site\'s root', () => {
    expect(feedPath('rss')).toBe('/feed.xml')
    expect(feedPath('atom')).toBe('/atom.xml')
    expect(feedPath('json')).toBe('/feed.json')
  })

  it('puts a category\'s feeds under the category\'s page', () => {
    expect(feedPath('rss', 'seo')).toBe('/blog/category/seo/feed.xml')
    expect(feedPath('atom', 'seo')).toBe('/blog/category/seo/atom.xml')
    expect(feedPath('json', 'seo')).toBe('/blog/category/seo/feed.json')
  })
})

describe('preview and webhook addresses', () => {
  it('carries a signed preview link as the query of the preview entry', () => {
    const path = previewPath({ path: '/blog/draft-post', expiresAt: 1_700_000_000_000, signature: 'abc_-123' })
    expect(path).toBe('/api/preview?path=%2Fblog%2Fdraft-post&expiresAt=1700000000000&signature=abc_-123')
    expect(Object.fromEntries(new URL(path, 'http://site.invalid').searchParams)).toEqual({ path: '/blog/draft-post', expiresAt: '1700000000000', signature: 'abc_-123' })
  })

  it('leaves preview for the page being shown', () => {
    expect(previewExitPath('/blog/a post')).toBe('/api/preview/exit?path=%2Fblog%2Fa%20post')
  })

  it('takes the CMS\'s webhook at /api/revalidate', () => {
    expect(revalidatePath()).toBe('/api/revalidate')
  })
})
