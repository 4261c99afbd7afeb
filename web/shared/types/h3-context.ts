import type { CacheTag } from '../utils/cache-tags'
import type { AssessmentFormState } from './assessment-form'
import type { SiteReads } from './site-reads'

/** A rendered page as the page cache indexes it; the HTML is kept apart, under its ETag (see page-cache.ts). */
export interface CachedPage {
  etag: string
  /** The headers the page was rendered with (its Content-Security-Policy, say), replayed on a hit. */
  headers?: Record<string, string>
}

declare module 'h3' {
  interface H3EventContext {
    /** Set by the form middleware when a post without JavaScript was refused. */
    assessmentForm?: AssessmentFormState
    /** What the page being rendered shows, collected by the data composables for the page cache. */
    cacheTags?: CacheTag[]
    /** Whether the request carries a preview cookie whose signature verifies (server/cms/preview.ts). */
    preview?: boolean
    /** Set when the page may be cached: its key, and the last copy to fall back on if rendering fails. */
    pageCache?: { key: string, fallback?: CachedPage }
    /** The page's content, read in this process rather than through the API routes (plugins/site-reads.ts). */
    siteReads?: SiteReads
  }
}
