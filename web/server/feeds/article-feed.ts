import type { Article, Category, FeedFormat, Global } from '@agency/shared'
import { articlePath, blogPath, categoryPath, feedPath, homePath } from '@agency/shared'
import { Feed } from 'feed'
import { escapeMarkup, stripInvalidXmlCharacters } from '../markup/escape'
import { siteUrlFor } from '../seo/site-url'

/** An article as the feeds carry it: the body already rendered to sanitised HTML (see mdc-html.ts). */
export interface FeedArticle extends Pick<Article, 'title' | 'slug' | 'excerpt' | 'publishedDate' | 'updatedAt' | 'categories'> {
  author: Pick<Article['author'], 'name'>
  contentHtml: string
}

/** What every format of one feed is made from: the blog's latest articles, or one category's. */
export interface ArticleFeedSource {
  global: Pick<Global, 'agencyName' | 'tagline' | 'contactEmail' | 'updatedAt'> & { footer: Pick<Global['footer'], 'copyright'> }
  category?: Pick<Category, 'documentId' | 'name' | 'slug' | 'description'>
  articles: FeedArticle[]
}

/** Articles per feed: enough for a reader that checks weekly; older ones stay on the blog. */
export const FEED_ARTICLE_COUNT = 20

const text = stripInvalidXmlCharacters

/**
 * feed 5 writes attribute values as given (only `"` is escaped), so a category called "SEO & Content"
 * would break the Atom document. `&amp;` passes through its text escaping unchanged, so the name reads
 * the same in every format; `<` and `>` have no place in a category name and are dropped.
 */
function attributeSafe(name: string): string {
  return text(name).replace(/[<>]/g, '').replace(/&(?!amp;)/g, '&amp;')
}

interface FeedItemModel {
  url: string
  title: string
  /** Plain text. */
  summary: string
  contentHtml: string
  published: Date
  modified: Date
  author: string
  categories: Array<{ name: string, slug: string, url: string }>
}

/** The format-independent feed both the `feed` package and the JSON Feed writer work from. */
interface FeedModel {
  title: string
  description: string
  /** The page the feed follows: the blog, or the category's page. */
  homeUrl: string
  feedUrls: Record<FeedFormat, string>
  updated: Date
  author: { name: string, email: string, url: string }
  copyright: string
  faviconUrl: string
  items: FeedItemModel[]
}

function feedModel({ global, category, articles }: ArticleFeedSource, siteUrl: string): FeedModel {
  const url = (path: string) => siteUrlFor(siteUrl, path)
  const feedUrl = (format: FeedFormat) => url(feedPath(format, category?.slug))
  const items = articles.map(article => ({
    url: url(articlePath(article.slug)),
    title: text(article.title),
    summary: text(article.excerpt),
    contentHtml: text(article.contentHtml),
    published: new Date(`${article.publishedDate}T00:00:00Z`),
    modified: new Date(article.updatedAt),
    author: text(article.author.name),
    categories: article.categories.map(({ name, slug }) => ({ name: text(name), slug, url: url(categoryPath(slug)) })),
  }))
  // The newest change of what the feed shows, not the time of the request, so an unchanged feed keeps its ETag.
  const updated = new Date(Math.max(Date.parse(global.updatedAt), ...items.map(item => item.modified.getTime())))
  const agency = text(global.agencyName)
  return {
    title: category ? `${agency} — ${text(category.name)}` : `${agency} — Blog`,
    description: text(category ? category.description || `Articles about ${category.name}.` : global.tagline),
    homeUrl: url(category ? categoryPath(category.slug) : blogPath()),
    feedUrls: { rss: feedUrl('rss'), atom: feedUrl('atom'), json: feedUrl('json') },
    updated,
    author: { name: agency, email: global.contactEmail, url: url(homePath()) },
    copyright: `© ${updated.getUTCFullYear()} ${text(global.footer.copyright ?? agency)}`,
    faviconUrl: url('/favicon.svg'),
    items,
  }
}

function rssAtomFeed(model: FeedModel): Feed {
  const feed = new Feed({
    id: model.homeUrl,
    link: model.homeUrl,
    title: model.title,
    description: model.description,
    language: 'en',
    updated: model.updated,
    copyright: model.copyright,
    favicon: model.faviconUrl,
    author: { name: model.author.name, email: model.author.email, link: model.author.url },
    feedLinks: { rss: model.feedUrls.rss, atom: model.feedUrls.atom, json: model.feedUrls.json },
  })
  for (const item of model.items) {
    feed.addItem({
      id: item.url,
      link: item.url,
      title: item.title,
      // RSS descriptions and Atom summaries are HTML; the excerpt is plain text.
      description: escapeMarkup(item.summary),
      content: item.contentHtml,
      date: item.modified,
      published: item.published,
      author: [{ name: item.author }],
      category: item.categories.map(category => ({ name: attributeSafe(category.name), term: category.slug, domain: category.url, scheme: category.url })),
    })
  }
  return feed
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1); feed 5 writes version 1, without `authors` or `language`. */
function jsonFeed(model: FeedModel): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: model.title,
    home_page_url: model.homeUrl,
    feed_url: model.feedUrls.json,
    description: model.description,
    favicon: model.faviconUrl,
    language: 'en',
    authors: [{ name: model.author.name, url: model.author.url }],
    items: model.items.map(item => ({
      id: item.url,
      url: item.url,
      title: item.title,
      content_html: item.contentHtml,
      summary: item.summary,
      date_published: item.published.toISOString(),
      date_modified: item.modified.toISOString(),
      authors: [{ name: item.author }],
      tags: item.categories.map(category => category.name),
    })),
  }, null, 2)
}

/** One feed in one format, with absolute addresses on the site. */
export function articleFeed(source: ArticleFeedSource, siteUrl: string, format: FeedFormat): string {
  const model = feedModel(source, siteUrl)
  if (format === 'json')
    return jsonFeed(model)
  const feed = rssAtomFeed(model)
  return format === 'rss' ? feed.rss2() : feed.atom1()
}
