export type FeedFormat = 'rss' | 'atom' | 'json'

export interface FeedFile {
  format: FeedFormat
  /** The file name under the feed's base path: `/feed.xml`, `/blog/category/<slug>/feed.xml`. */
  file: string
  /** The media type for `<link rel="alternate">`; the response adds `charset=utf-8`. */
  type: string
  label: string
}

/** The article feeds the site publishes, for the whole blog and for each category. */
export const FEED_FILES = {
  rss: { format: 'rss', file: 'feed.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { format: 'atom', file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  json: { format: 'json', file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
} as const satisfies Record<FeedFormat, FeedFile>

/** Where a feed lives: at the site's root for every article, under the category's page for one category. */
export function feedPath(format: FeedFormat, category?: string): string {
  const { file } = FEED_FILES[format]
  return category ? `/blog/category/${category}/${file}` : `/${file}`
}
