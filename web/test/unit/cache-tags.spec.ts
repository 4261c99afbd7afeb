import type { CacheTag, CmsWebhookEvent } from '../../shared/utils/cache-tags'
import { describe, expect, it } from 'vitest'
import { readTags, tags, tagsForCmsEvent } from '../../shared/utils/cache-tags'

/** The tags of the site's pages and documents, as their composables and routes declare them; the layout shows the global settings on every page. */
const shown = {
  home: [...readTags.global(), ...readTags.services(), ...readTags.articles()],
  services: [...readTags.global(), ...readTags.services()],
  service: (slug: string, documentId: string) => [...readTags.global(), ...readTags.servicePage(slug, documentId)],
  blog: [...readTags.global(), ...readTags.articles()],
  article: (slug: string, documentId: string) => [...readTags.global(), ...readTags.articlePage(slug, documentId)],
  category: (slug: string, documentId: string) => [...readTags.global(), ...readTags.category(slug, documentId), ...readTags.articles(slug)],
  contentPage: [...readTags.global(), ...readTags.contentPage(), ...readTags.pageAddress('privacy')],
  page: (slug: string, documentId: string) => [...readTags.global(), ...readTags.page(slug, documentId)],
  homePage: [...readTags.global(), ...readTags.page('home', 'h1')],
  work: [...readTags.global(), ...readTags.caseStudies(), ...readTags.pageAddress('work')],
  caseStudy: (slug: string, documentId: string) => [...readTags.global(), ...readTags.caseStudyPage(slug, documentId)],
  pageWithSelectedWork: [...readTags.global(), ...readTags.page('home', 'h1', [{ __component: 'blocks.hero' }, { __component: 'blocks.selected-work' }])],
  blogFeed: readTags.feed(),
  categoryFeed: (slug: string, documentId: string) => readTags.feed({ slug, documentId }),
  sitemap: readTags.sitemap(),
}

/** True when the webhook's event purges something that carries these tags. */
function purges(event: CmsWebhookEvent, page: CacheTag[]): boolean {
  const purged = new Set(tagsForCmsEvent(event))
  return page.some(tag => purged.has(tag))
}

const publish = (model: string, entry: CmsWebhookEvent['entry']): CmsWebhookEvent => ({ event: 'entry.publish', model, entry })

describe('tagsForCmsEvent', () => {
  describe('a service', () => {
    const event = publish('service', { documentId: 's1', slug: 'web-design' })

    it('purges the service by document id and slug, whatever lists services, and the sitemap', () => {
      expect(tagsForCmsEvent(event)).toEqual([tags.services, tags.serviceDocument('s1'), tags.service('web-design'), tags.pages, tags.caseStudies, tags.sitemap, tags.redirectTargets])
    })

    it('reaches its own page, the other services\' pages, the services list, the home page and the sitemap', () => {
      expect(purges(event, shown.service('web-design', 's1'))).toBe(true)
      expect(purges(event, shown.service('seo', 's2'))).toBe(true)
      expect(purges(event, shown.services)).toBe(true)
      expect(purges(event, shown.home)).toBe(true)
      expect(purges(event, shown.sitemap)).toBe(true)
    })

    it('leaves the blog, the articles and the feeds alone', () => {
      expect(purges(event, shown.blog)).toBe(false)
      expect(purges(event, shown.article('why-speed-matters', 'a1'))).toBe(false)
      expect(purges(event, shown.blogFeed)).toBe(false)
    })

    it('purges the page at the old address when its slug is renamed, and the new address', () => {
      const renamed = publish('service', { documentId: 's1', slug: 'websites' })
      expect(tagsForCmsEvent(renamed)).toContain(tags.service('websites'))
      expect(purges(renamed, readTags.servicePage('web-design', 's1'))).toBe(true)
      expect(purges(renamed, readTags.servicePage('websites', 's1'))).toBe(true)
    })
  })

  describe('an article', () => {
    const event = publish('article', { documentId: 'a1', slug: 'why-speed-matters' })

    it('purges the article by document id and slug, whatever lists articles, the sitemap and the feeds', () => {
      expect(tagsForCmsEvent(event)).toEqual([tags.articles, tags.articleDocument('a1'), tags.article('why-speed-matters'), tags.pages, tags.sitemap, tags.feeds, tags.redirectTargets])
    })

    it('reaches its own page, the blog, the home page, the sitemap and every feed', () => {
      expect(purges(event, shown.article('why-speed-matters', 'a1'))).toBe(true)
      expect(purges(event, shown.blog)).toBe(true)
      expect(purges(event, shown.home)).toBe(true)
      expect(purges(event, shown.sitemap)).toBe(true)
      expect(purges(event, shown.blogFeed)).toBe(true)
    })

    it('reaches the pages and feeds of its categories, which list it', () => {
      expect(purges(event, shown.category('performance', 'c1'))).toBe(true)
      expect(purges(event, shown.categoryFeed('performance', 'c1'))).toBe(true)
    })

    it('reaches other articles\' pages, which may show it as related', () => {
      expect(purges(event, shown.article('brand-basics', 'a2'))).toBe(true)
    })

    it('leaves the services alone', () => {
      expect(purges(event, shown.services)).toBe(false)
      expect(purges(event, shown.service('web-design', 's1'))).toBe(false)
    })

    it('purges the page at the old address when its slug is renamed, and the new address', () => {
      const renamed = publish('article', { documentId: 'a1', slug: 'speed-matters' })
      expect(tagsForCmsEvent(renamed)).toEqual(expect.arrayContaining([tags.articleDocument('a1'), tags.article('speed-matters')]))
      expect(purges(renamed, readTags.articlePage('why-speed-matters', 'a1'))).toBe(true)
      expect(purges(renamed, readTags.articlePage('speed-matters', 'a1'))).toBe(true)
    })

    it('purges by document id alone when the entry carries no slug', () => {
      expect(tagsForCmsEvent({ event: 'entry.delete', model: 'article', entry: { documentId: 'a1' } }))
        .toEqual([tags.articles, tags.articleDocument('a1'), tags.pages, tags.sitemap, tags.feeds, tags.redirectTargets])
    })

    it('still purges the lists, the sitemap and the feeds when the entry is missing', () => {
      expect(tagsForCmsEvent({ event: 'entry.unpublish', model: 'article' })).toEqual([tags.articles, tags.pages, tags.sitemap, tags.feeds, tags.redirectTargets])
    })
  })

  describe('a category', () => {
    const event = publish('category', { documentId: 'c1', slug: 'performance' })

    it('purges the category by document id and slug, whatever shows categories or articles, the sitemap and the feeds', () => {
      expect(tagsForCmsEvent(event)).toEqual([tags.categories, tags.articles, tags.categoryDocument('c1'), tags.category('performance'), tags.pages, tags.sitemap, tags.feeds, tags.redirectTargets])
    })

    it('reaches its page and feed, the articles that name it, the blog and the sitemap', () => {
      expect(purges(event, shown.category('performance', 'c1'))).toBe(true)
      expect(purges(event, shown.categoryFeed('performance', 'c1'))).toBe(true)
      expect(purges(event, shown.article('why-speed-matters', 'a1'))).toBe(true)
      expect(purges(event, shown.blog)).toBe(true)
      expect(purges(event, shown.sitemap)).toBe(true)
    })

    it('purges the page at the old address when its slug is renamed, and the new address', () => {
      const renamed = publish('category', { documentId: 'c1', slug: 'site-speed' })
      expect(tagsForCmsEvent(renamed)).toEqual(expect.arrayContaining([tags.categoryDocument('c1'), tags.category('site-speed')]))
      expect(purges(renamed, readTags.category('performance', 'c1'))).toBe(true)
      expect(purges(renamed, readTags.category('site-speed', 'c1'))).toBe(true)
    })
  })

  describe('a page built from blocks', () => {
    const event = publish('page', { documentId: 'p1', slug: 'pricing' })

    it('purges the page by document id and slug, and the sitemap', () => {
      expect(tagsForCmsEvent(event)).toEqual([tags.pageDocument('p1'), tags.page('pricing'), tags.sitemap, tags.redirectTargets])
    })

    it('reaches its own page and the sitemap, and no other page', () => {
      expect(purges(event, shown.page('pricing', 'p1'))).toBe(true)
      expect(purges(event, shown.sitemap)).toBe(true)
      expect(purges(event, shown.page('about', 'p2'))).toBe(false)
      expect(purges(event, shown.homePage)).toBe(false)
      expect(purges(event, shown.article('why-speed-matters', 'a1'))).toBe(false)
    })

    it('reaches the root when the home page is published', () => {
      expect(purges(publish('page', { documentId: 'h1', slug: 'home' }), shown.homePage)).toBe(true)
    })

    it('reaches a markdown page at the address a new page takes', () => {
      expect(purges(publish('page', { documentId: 'p3', slug: 'privacy' }), shown.contentPage)).toBe(true)
    })

    it('purges the page at the old address when its slug is renamed', () => {
      expect(purges(publish('page', { documentId: 'p1', slug: 'plans' }), readTags.page('pricing', 'p1'))).toBe(true)
    })
  })

  describe('what pages show', () => {
    it.each([
      ['an article', publish('article', { documentId: 'a1', slug: 'why-speed-matters' })],
      ['a service', publish('service', { documentId: 's1', slug: 'web-design' })],
      ['a category', publish('category', { documentId: 'c1', slug: 'performance' })],
      ['a testimonial', publish('testimonial', { documentId: 't1' })],
    ])('%s reaches every page built from blocks', (_name, event) => {
      expect(purges(event, shown.page('pricing', 'p1'))).toBe(true)
      expect(purges(event, shown.homePage)).toBe(true)
    })

    it('a testimonial purges the pages and the case studies alone: it has no page of its own', () => {
      expect(tagsForCmsEvent(publish('testimonial', { documentId: 't1' }))).toEqual([tags.pages, tags.caseStudies])
      expect(purges(publish('testimonial', { documentId: 't1' }), shown.caseStudy('loaf-and-ladle', 'k1'))).toBe(true)
    })
  })

  describe('a case study', () => {
    const event = publish('case-study', { documentId: 'k1', slug: 'loaf-and-ladle' })

    it('purges the case study by document id and slug, whatever shows case studies, and the sitemap', () => {
      expect(tagsForCmsEvent(event)).toEqual([tags.caseStudies, tags.caseStudyDocument('k1'), tags.caseStudy('loaf-and-ladle'), tags.sitemap, tags.redirectTargets])
    })

    it('reaches its own page, the other case studies, the work pages, every service page, the pages with selected work and the sitemap', () => {
      expect(purges(event, shown.caseStudy('loaf-and-ladle', 'k1'))).toBe(true)
      expect(purges(event, shown.caseStudy('tidewater', 'k2'))).toBe(true)
      expect(purges(event, shown.work)).toBe(true)
      expect(purges(event, shown.service('web-design', 's1'))).toBe(true)
      expect(purges(event, shown.pageWithSelectedWork)).toBe(true)
      expect(purges(event, shown.sitemap)).toBe(true)
    })

    it('leaves the blog, the feeds and pages without a selected work block alone', () => {
      expect(purges(event, shown.blog)).toBe(false)
      expect(purges(event, shown.blogFeed)).toBe(false)
      expect(purges(event, shown.page('pricing', 'p1'))).toBe(false)
      expect(purges(event, shown.homePage)).toBe(false)
    })

    it('purges the page at the old address when its slug is renamed', () => {
      expect(purges(publish('case-study', { documentId: 'k1', slug: 'loaf-and-ladle-bakery' }), readTags.caseStudyPage('loaf-and-ladle', 'k1'))).toBe(true)
    })

    it('is reached by a service\'s change, as case studies name their services', () => {
      expect(purges(publish('service', { documentId: 's1', slug: 'web-design' }), shown.caseStudy('loaf-and-ladle', 'k1'))).toBe(true)
      expect(purges(publish('service', { documentId: 's1', slug: 'web-design' }), shown.work)).toBe(true)
    })
  })

  describe('the global settings', () => {
    const event: CmsWebhookEvent = { event: 'entry.update', model: 'global', entry: { documentId: 'g1' } }

    it('purges the global tag alone', () => {
      expect(tagsForCmsEvent(event)).toEqual([tags.global])
    })

    it('reaches every page, every feed and the sitemap', () => {
      for (const page of [shown.home, shown.services, shown.service('web-design', 's1'), shown.work, shown.caseStudy('loaf-and-ladle', 'k1'), shown.blog, shown.article('why-speed-matters', 'a1'), shown.category('performance', 'c1'), shown.contentPage])
        expect(purges(event, page)).toBe(true)
      expect(purges(event, shown.blogFeed)).toBe(true)
      expect(purges(event, shown.categoryFeed('performance', 'c1'))).toBe(true)
      expect(purges(event, shown.sitemap)).toBe(true)
    })
  })

  describe('a file replaced or described again in the media library', () => {
    const replaced: CmsWebhookEvent = { event: 'media.update' }

    it('reaches every page that can show an image: articles, services, pages, the blog, the feeds', () => {
      for (const page of [shown.home, shown.services, shown.service('seo', 's1'), shown.blog, shown.article('a', 'a1'), shown.page('about', 'p1'), shown.homePage, shown.blogFeed, shown.categoryFeed('seo', 'c1')])
        expect(purges(replaced, page)).toBe(true)
    })
  })

  describe('a redirect', () => {
    it.each(['entry.create', 'entry.update', 'entry.delete'])('purges the rules the site answers from on %s, which the CMS also sends for the rules it writes', (name) => {
      const event: CmsWebhookEvent = { event: name, model: 'redirect', entry: { documentId: 'r1' } }
      expect(tagsForCmsEvent(event)).toEqual([tags.redirects])
      expect(purges(event, readTags.redirects())).toBe(true)
    })
  })

  describe('content without pages on the site', () => {
    it.each([
      ['an assessment submission', publish('assessment-submission', { documentId: 'x1' })],
      ['a user', { event: 'entry.create', model: 'user', entry: { documentId: 'u1' } }],
      ['an unknown model', publish('award', { documentId: 'k1', slug: 'best-site' })],
      ['an event without a model', { event: 'entry.update' }],
    ])('purges nothing for %s', (_name, event: CmsWebhookEvent) => {
      expect(tagsForCmsEvent(event)).toEqual([])
    })
  })
})

describe('readTags', () => {
  it('tags a list of one category\'s articles with the category', () => {
    expect(readTags.articles('performance')).toEqual([tags.articles, tags.category('performance')])
    expect(readTags.articles()).toEqual([tags.articles])
  })

  it('tags one category\'s feed with the category as its page is tagged', () => {
    expect(readTags.feed({ slug: 'performance', documentId: 'c1' })).toEqual([tags.feeds, tags.articles, tags.global, ...readTags.category('performance', 'c1'), tags.redirects])
  })

  it('tags the sitemap with everything it lists', () => {
    expect(readTags.sitemap()).toEqual([tags.sitemap, tags.global, tags.services, tags.articles, tags.categories, tags.content, tags.pages, tags.caseStudies, tags.redirects])
  })
})

describe('tags', () => {
  it('keeps the slug and document tags of each kind of entry apart', () => {
    expect(new Set([
      tags.article('x'),
      tags.articleDocument('x'),
      tags.service('x'),
      tags.serviceDocument('x'),
      tags.category('x'),
      tags.categoryDocument('x'),
    ]).size).toBe(6)
  })
})
