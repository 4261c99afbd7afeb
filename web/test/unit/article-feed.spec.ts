import type { ArticleFeedSource, FeedArticle } from '../../server/feeds/article-feed'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'
import { articleFeed } from '../../server/feeds/article-feed'

const SITE = 'https://www.kestrel.example/'

const article: FeedArticle = {
  title: 'Social media marketing: to outsource, or not to outsource?',
  slug: 'social-media-marketing',
  excerpt: 'Should you outsource social media? <Opinions> & arguments.',
  publishedDate: '2025-09-18',
  updatedAt: '2025-10-01T08:30:00.000Z',
  author: { name: 'Dana Whitfield' },
  categories: [
    { id: 1, documentId: 'cat1', name: 'Social Media', slug: 'social-media' },
    { id: 2, documentId: 'cat2', name: 'SEO & <Content>', slug: 'seo-content' },
  ],
  contentHtml: '<p>The gunfight at the OK Corral &amp; more. A ]]> sequence.</p><p><a href="https://www.kestrel.example/services">Services</a></p>',
}

const source: ArticleFeedSource = {
  global: { agencyName: 'Kestrel Digital', tagline: 'Websites that bring in business.', contactEmail: 'hello@kestrel.example', updatedAt: '2025-01-01T00:00:00.000Z', footer: { copyright: 'Kestrel Digital. All rights reserved.' } },
  articles: [
    article,
    { ...article, title: 'Older \u0001notes', slug: 'older-notes', publishedDate: '2024-02-10', updatedAt: '2024-02-10T09:00:00.000Z', categories: [] },
  ],
}

const categorySource: ArticleFeedSource = {
  ...source,
  category: { documentId: 'cat1', name: 'Social Media', slug: 'social-media', description: 'Platforms, content and community.' },
  articles: [article],
}

const parser = new Parser()

describe('article feeds', () => {
  it('writes RSS 2.0 with absolute links, publication dates, categories and the full body', async () => {
    const xml = articleFeed(source, SITE, 'rss')
    expect(XMLValidator.validate(xml)).toBe(true)
    const feed = await parser.parseString(xml)

    expect(feed.title).toBe('Kestrel Digital — Blog')
    expect(feed.link).toBe('https://www.kestrel.example/blog')
    expect(feed.items).toHaveLength(2)
    const [first] = feed.items
    expect(first?.title).toBe(article.title)
    expect(first?.link).toBe('https://www.kestrel.example/blog/social-media-marketing')
    expect(first?.pubDate).toBe('Thu, 18 Sep 2025 00:00:00 GMT')
    // rss-parser keeps an element with attributes as { _: text, $: attributes }.
    expect(first?.categories).toEqual([
      { _: 'Social Media', $: { domain: 'https://www.kestrel.example/blog/category/social-media' } },
      { _: 'SEO & Content', $: { domain: 'https://www.kestrel.example/blog/category/seo-content' } },
    ])
    expect(first?.['content:encoded']).toBe(article.contentHtml)
    expect(xml).toContain('<atom:link href="https://www.kestrel.example/feed.xml" rel="self" type="application/rss+xml"/>')
  })

  it('writes Atom with the excerpt as an escaped summary and the update time as updated', async () => {
    const xml = articleFeed(source, SITE, 'atom')
    expect(XMLValidator.validate(xml)).toBe(true)
    const feed = await parser.parseString(xml)

    expect(feed.items[0]?.id).toBe('https://www.kestrel.example/blog/social-media-marketing')
    expect(feed.items[0]?.content).toBe(article.contentHtml)
    expect(feed.items[0]?.summary).toBe('Should you outsource social media? &lt;Opinions&gt; &amp; arguments.')
    const entry = new XMLParser({ ignoreAttributes: false }).parse(xml).feed.entry[0]
    expect(entry.updated).toBe('2025-10-01T08:30:00.000Z')
    expect(entry.published).toBe('2025-09-18T00:00:00.000Z')
    expect(entry.category.map((category: Record<string, string>) => category['@_label'])).toEqual(['Social Media', 'SEO & Content'])
  })

  it('writes JSON Feed 1.1 with plain-text summaries, authors and tags', () => {
    const feed = JSON.parse(articleFeed(source, SITE, 'json'))

    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.feed_url).toBe('https://www.kestrel.example/feed.json')
    expect(feed.authors).toEqual([{ name: 'Kestrel Digital', url: 'https://www.kestrel.example/' }])
    expect(feed.items[0]).toMatchObject({
      id: 'https://www.kestrel.example/blog/social-media-marketing',
      title: article.title,
      summary: article.excerpt,
      content_html: article.contentHtml,
      date_published: '2025-09-18T00:00:00.000Z',
      date_modified: '2025-10-01T08:30:00.000Z',
      authors: [{ name: 'Dana Whitfield' }],
      tags: ['Social Media', 'SEO & <Content>'],
    })
  })

  it('drops characters XML cannot carry, so one stray control character does not break the feed', () => {
    for (const format of ['rss', 'atom'] as const)
      expect(articleFeed(source, SITE, format)).toContain('Older notes')
    expect(JSON.parse(articleFeed(source, SITE, 'json')).items[1].title).toBe('Older notes')
  })

  it('names a category feed after the category and points it at the category page', async () => {
    const rss = await parser.parseString(articleFeed(categorySource, SITE, 'rss'))
    expect(rss.title).toBe('Kestrel Digital — Social Media')
    expect(rss.description).toBe('Platforms, content and community.')
    expect(rss.link).toBe('https://www.kestrel.example/blog/category/social-media')
    expect(JSON.parse(articleFeed(categorySource, SITE, 'json')).feed_url).toBe('https://www.kestrel.example/blog/category/social-media/feed.json')
    expect(articleFeed(categorySource, SITE, 'atom')).toContain('<link rel="self" href="https://www.kestrel.example/blog/category/social-media/atom.xml"/>')
  })

  it('dates the feed by its newest change, so an unchanged feed is byte-for-byte the same', () => {
    const xml = articleFeed(source, SITE, 'rss')
    expect(xml).toContain('<lastBuildDate>Wed, 01 Oct 2025 08:30:00 GMT</lastBuildDate>')
    expect(articleFeed(source, SITE, 'rss')).toBe(xml)
  })

  it('writes an empty feed for a category without articles', async () => {
    const feed = await parser.parseString(articleFeed({ ...categorySource, articles: [] }, SITE, 'atom'))
    expect(feed.items).toEqual([])
  })
})
