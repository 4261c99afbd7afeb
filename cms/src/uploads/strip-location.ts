import { createReadStream } from 'node:fs'
import { MEDIA_LIMITS } from '@agency/shared'
import sharp from 'sharp'

/** An image on its way to storage, as the upload plugin's image service passes it along. */
export interface ImageFile {
  filepath?: string
  hash: string
  tmpWorkingDirectory?: string
  getStream: () => NodeJS.ReadableStream
  width?: number
  height?: number
  size?: number
  sizeInBytes?: number
  [key: string]: unknown
}

/** The formats Strapi re-encodes (its image service's FORMATS_TO_OPTIMIZE). */
const REENCODED = ['jpeg', 'png', 'webp', 'tiff', 'avif'] as const
type Reencoded = typeof REENCODED[number]

const isReencoded = (format: string | undefined): format is Reencoded => REENCODED.some(known => known === format)

/**
 * Writes the image again without its EXIF, XMP and IPTC metadata, so no photo keeps the place it was
 * taken (GPS). The EXIF orientation is applied to the pixels first, so the picture stays the right way
 * up everywhere, and the colour profile is kept. `quality` follows the Media Library's "size
 * optimization" setting, as Strapi's own optimisation does; unlike it, the result is kept even when it
 * is larger than the original, because the original still carries the metadata.
 */
export async function stripLocation(file: ImageFile, quality: number): Promise<ImageFile> {
  if (!file.filepath)
    return file
  const { format } = await sharp(file.filepath).metadata()
  if (!isReencoded(format))
    return file
  const target = `${file.tmpWorkingDirectory ?? '.'}/stripped-${file.hash}`
  const info = await sharp(file.filepath, { animated: true, limitInputPixels: MEDIA_LIMITS.maxPixels })
    .rotate()
    .keepIccProfile()
    .toFormat(format, { quality })
    .toFile(target)
  return Object.assign({ ...file }, {
    filepath: target,
    getStream: () => createReadStream(target),
    width: info.width,
    height: info.pageHeight ?? info.height,
    size: Math.round((info.size / 1000) * 100) / 100,
    sizeInBytes: info.size,
  })
}
