/**
 * What the CMS accepts as an upload, and what the site's image endpoint reads: one set of limits for
 * both, so an image the media library took is never one the site refuses to resize.
 */
export const MEDIA_LIMITS = {
  /** Largest file an editor may upload, in bytes (10 MB: a full-size photo from a phone fits). */
  maxBytes: 10 * 1024 * 1024,
  /** Largest image, in pixels (40 megapixels): larger ones are refused as possible decompression bombs. */
  maxPixels: 40_000_000,
} as const

/**
 * Kinds of file the media library keeps: pictures for the site and PDFs editors link to. Checked on the
 * file's content, not on its name. SVG is kept only without scripts (cms/src/uploads).
 */
export const UPLOAD_ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'image/svg+xml', 'application/pdf'] as const

/** A size in bytes as editors read it: "12.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
  if (bytes >= 1024)
    return `${Math.round(bytes / 1024)} KB`
  return `${bytes} bytes`
}
