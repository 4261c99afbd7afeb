import { createHash } from 'node:crypto'
import { contentSecurityPolicy } from '../../config/security-headers'

/** Inline scripts a browser runs: all but those with a `src` and data blocks such as JSON-LD. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64')

/** The hashes of the inline scripts of a rendered page, each once, in the order they appear. */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set([...html.matchAll(INLINE_SCRIPT)].map(([, script]) => sha256(script ?? '')))]
}

/** The Content-Security-Policy of a rendered page: the site's, allowing the page's own inline scripts. */
export function pagePolicy(html: string, frameAncestors: string[]): string {
  return contentSecurityPolicy(frameAncestors, inlineScriptHashes(html))
}
