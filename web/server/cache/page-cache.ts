import type { H3Event } from 'h3'
import type { CachedPage } from '../../shared/types/h3-context'
import { assessmentPath, searchPath, workPath } from '@agency/shared'
import crypto from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { isPreviewRequest } from '../cms/preview'
import { contentEtag, sharedCacheControl } from './http-cache'

/** Requests from this server to itself that render a page afresh to replace an aged copy. */
export const PAGE_REFRESH_HEADER = 'x-page-cache-refresh'
export const pageRefreshToken = crypto.randomBytes(16).toString('hex')

const UNCACHED_PREFIXES = ['/api/', '/_', '/fonts/', '/uploads/']
/**
 * Rendered per request: the form carries a fresh fill-time token, and search results depend on `?q=`,
 * which the page key leaves out (and endless queries would push every page out of the cache).
 */
const UNCACHED_PAGES = new Set([assessmentPath(), searchPath()])

/** The query parameters that change what a page shows, where more than `page` does. */
const KEYED_PARAMS: Record<string, string[]> = { [workPath()]: ['service', 'page'] }

/**
 * The cache key of a request for a page that may be cached, else undefined. Runs before every request,
 * so it reads the path and the cookie header as they are and parses them only when it must.
 */
export function pageKey(event: H3Event): string | undefined {
  if (event.method !== 'GET' && event.method !== 'HEAD')
    return undefined
  const [pathname = '/', search] = event.path.split('?', 2)
  if (UNCACHED_PREFIXES.some(prefix => pathname.startsWith(prefix)) || UNCACHED_PAGES.has(pathname))
    return undefined
  // A preview shows drafts; a cookie that does not verify changes nothing and gets the cached page.
  if (isPreviewRequest(event))
    return undefined
  // Only `page` (and the work page's filter) changes what a page shows; tracking parameters and the
  // like share one copy.
  if (search === undefined)
    return `page:${pathname}`
  const params = new URLSearchParams(search)
  const kept = new URLSearchParams()
  for (const name of KEYED_PARAMS[pathname] ?? ['page']) {
    const value = params.get(name)
    if (value !== null)
      kept.set(name, value)
  }
  const query = kept.toString()
  return `page:${pathname}${query ? `?${query}` : ''}`
}

export function pageCacheHeaders(etag: string, status: 'HIT' | 'MISS'): Record<string, string> {
  return {
    'ETag': etag,
    'Cache-Control': sharedCacheControl(),
    'X-Cache': status,
    'Vary': 'Accept-Encoding',
  }
}

const bodyKey = (etag: string) => `page-body:${etag}`

export type ContentEncoding = 'br' | 'gzip'

/** The compression a browser takes, brotli first; none for clients that ask for none (load testers). */
export function preferredEncoding(acceptEncoding: string | undefined): ContentEncoding | undefined {
  const accepted = new Set((acceptEncoding ?? '').split(',')
    .map(part => part.trim().split(';'))
    .filter(([, quality]) => quality?.trim() !== 'q=0')
    .map(([name]) => name?.trim().toLowerCase()))
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : undefined
}

/** Each compressed variant is a different representation, with an ETag of its own. */
export function variantEtag(etag: string, encoding: ContentEncoding | undefined): string {
  return encoding ? etag.replace(/"$/, `-${encoding}"`) : etag
}

const COMPRESS: Record<ContentEncoding, (body: Buffer) => Buffer> = {
  br: body => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: body => gzipSync(body, { level: 9 }),
}

/**
 * Recently served pages, encoded and compressed once per instance: an ETag names one body for good, so
 * these copies never go stale, and a hit neither fetches the body from a shared store nor re-encodes it.
 */
const encodedBodies = new Map<string, Buffer>()
const ENCODED_BODIES_MAX = 512

function remember(key: string, body: Buffer): Buffer {
  encodedBodies.delete(key)
  encodedBodies.set(key, body)
  if (encodedBodies.size > ENCODED_BODIES_MAX)
    encodedBodies.delete(encodedBodies.keys().next().value!)
  return body
}

/** Headers each answer sets for itself, from the cache or from the renderer, or that concern one visitor. */
const ANSWER_HEADERS = /^(?:etag|cache-control|x-cache|vary|content-(?:encoding|length|type)|set-cookie|date|connection|keep-alive)$/i

/**
 * Stores a rendered page: the HTML under its ETag, and under the page's key with its tags the index
 * entry with the headers it was answered with, so that a hit answers with the same ones.
 */
export async function storePage(key: string, body: string, tags: string[], headers: Record<string, string>): Promise<string> {
  const etag = contentEtag(body)
  const replayed = Object.fromEntries(Object.entries(headers).filter(([name]) => !ANSWER_HEADERS.test(name)))
  await useSiteCache().writeText(bodyKey(etag), body)
  await useSiteCache().set<CachedPage>(key, { etag, headers: replayed }, tags)
  return etag
}

/** The HTML of a cached page, compressed as asked, unless it has been evicted since. */
export async function cachedPageBody({ etag }: CachedPage, encoding?: ContentEncoding): Promise<Buffer | undefined> {
  const key = `${etag}:${encoding ?? 'identity'}`
  const known = encodedBodies.get(key)
  if (known)
    return remember(key, known)
  if (encoding) {
    const plain = await cachedPageBody({ etag })
    return plain && remember(key, COMPRESS[encoding](plain))
  }
  const text = await useSiteCache().readText(bodyKey(etag))
  return text === undefined ? undefined : remember(key, Buffer.from(text))
}
