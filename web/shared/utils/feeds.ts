import type { FeedFormat } from '@agency/shared/paths'

export interface FeedFile {
  format: FeedFormat
  /** The media type for `<link rel="alternate">`; the response adds `charset=utf-8`. */
  type: string
  label: string
}

/** The article feeds the site publishes, for the whole blog and for each category (addresses: `feedPath`). */
export const FEED_FILES = {
  rss: { format: 'rss', type: 'application/rss+xml', label: 'RSS' },
  atom: { format: 'atom', type: 'application/atom+xml', label: 'Atom' },
  json: { format: 'json', type: 'application/feed+json', label: 'JSON Feed' },
} as const satisfies Record<FeedFormat, FeedFile>
