import type { H3Event } from 'h3'
import { contentEtag, sharedCacheControl } from '../cache/http-cache'

/**
 * Sends a generated document (sitemap, feed, robots.txt) with an ETag, answering 304 when the client's
 * copy is current: feed readers poll often, and most polls then cost a few bytes. A CDN may keep it as
 * long as it keeps pages.
 */
export function sendDocument(event: H3Event, body: string, contentType: string): string {
  const etag = contentEtag(body)
  setResponseHeaders(event, { 'Content-Type': contentType, 'ETag': etag, 'Cache-Control': sharedCacheControl() })
  if (getRequestHeader(event, 'if-none-match') === etag) {
    setResponseStatus(event, 304)
    return ''
  }
  return body
}
