import fs from 'node:fs/promises'
import path from 'node:path'
import { formatBytes, MEDIA_LIMITS } from '@agency/shared'
import { errors } from '@strapi/utils'
import sharp from 'sharp'

/** An uploaded file as the upload plugin hands it to its service (formidable's file, after Strapi's type check). */
export interface IncomingFile {
  filepath?: string
  originalFilename?: string | null
  mimetype?: string | null
  /** The type Strapi read from the file's content (`security.allowedTypes`). */
  detectedMimeType?: string
  size: number
}

const RASTER_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'image/tiff'])

/** What makes an SVG run code when opened on its own: script elements, event handlers, script URLs. */
const SVG_ACTIVE_CONTENT: Array<{ pattern: RegExp, what: string }> = [
  { pattern: /<script[\s>/]/i, what: 'a script' },
  { pattern: /\son[a-z]+\s*=/i, what: 'an event handler (an "on…" attribute)' },
  { pattern: /(?:href|src)\s*=\s*["']?\s*(?:javascript|data:text\/html)/i, what: 'a script link' },
  { pattern: /<foreignObject[\s>/]/i, what: 'embedded HTML (foreignObject)' },
  { pattern: /<!ENTITY/i, what: 'an XML entity' },
]

function refuse(name: string, problem: string, fix: string): never {
  throw new errors.ValidationError(`"${name}" ${problem}. ${fix}`)
}

function typeOf(file: IncomingFile, name: string): string {
  if (path.extname(name).toLowerCase() === '.svg')
    return 'image/svg+xml'
  return file.detectedMimeType ?? file.mimetype ?? 'application/octet-stream'
}

/**
 * Refuses a file the site must never serve: too large to upload, an image so large in pixels that
 * decoding it could exhaust the server (a decompression bomb), or an SVG that carries code. The
 * kinds of file accepted at all are the upload plugin's `security.allowedTypes` (config/plugins.ts).
 * Each message names the file and says what to do, for the admin's upload dialog.
 */
export async function checkUpload(file: IncomingFile): Promise<void> {
  const name = file.originalFilename ?? 'The file'
  if (file.size > MEDIA_LIMITS.maxBytes)
    refuse(name, `is ${formatBytes(file.size)}, more than the ${formatBytes(MEDIA_LIMITS.maxBytes)} a file may be`, 'Resize or compress it, then upload it again.')
  if (!file.filepath)
    return
  const type = typeOf(file, name)
  if (type === 'image/svg+xml') {
    const text = await fs.readFile(file.filepath, 'utf8')
    const active = SVG_ACTIVE_CONTENT.find(({ pattern }) => pattern.test(text))
    if (active)
      refuse(name, `is an SVG with ${active.what}, which could run code in a visitor's browser`, 'Export it again without scripts or interactivity, or upload it as a PNG.')
    return
  }
  if (RASTER_TYPES.has(type)) {
    // Reads the header only: the pixels are never decoded here.
    const { width = 0, height = 0 } = await sharp(file.filepath, { limitInputPixels: false }).metadata().catch(() => ({ width: 0, height: 0 }))
    const megapixels = (width * height) / 1_000_000
    if (width * height > MEDIA_LIMITS.maxPixels)
      refuse(name, `is ${width} × ${height} pixels (${megapixels.toFixed(0)} megapixels), more than the ${MEDIA_LIMITS.maxPixels / 1_000_000} megapixels an image may have`, 'Scale it down to at most 6000 pixels on its longer side, then upload it again.')
  }
}
