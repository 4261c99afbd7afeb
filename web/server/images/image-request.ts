import type { ImageFormat, ImageWidth } from '../../shared/utils/images'
import { IMAGE_QUALITY, IMAGE_VERSION, IMAGE_WIDTHS, UPLOAD_PATH } from '../../shared/utils/images'

/** A transform the site asked for: one upload, at one of its widths, in one of its formats. */
export interface ImageRequest {
  source: string
  width: ImageWidth
  format: ImageFormat
  quality: number
  /** The same request, whatever the order of its options: what the image cache stores it under. */
  key: string
}

export type ImageRequestResult = { ok: true, request: ImageRequest } | { ok: false, message: string }

const isWidth = (value: number): value is ImageWidth => IMAGE_WIDTHS.some(width => width === value)
const isFormat = (value: string): value is ImageFormat => Object.hasOwn(IMAGE_QUALITY, value)
const refused = (message: string): ImageRequestResult => ({ ok: false, message })

/**
 * Reads a path under the image endpoint as @nuxt/image's IPX provider writes it,
 * `/w_640&f_avif&q_50/uploads/photo.jpg`, and accepts it only when it names a width, a format and
 * that format's quality from shared/utils/images.ts, and an upload. Anything else is refused with a
 * message saying what is accepted, so nobody can make the server encode sizes the pages do not use.
 */
export function parseImageRequest(path: string): ImageRequestResult {
  const [pathname = '', query = ''] = path.split('?', 2)
  const version = new URLSearchParams(query).get('v')
  if ([...new URLSearchParams(query).keys()].some(name => name !== 'v') || (version !== null && !IMAGE_VERSION.test(version)))
    return refused('The only query an image takes is its version, ?v=<letters and digits>.')
  const match = /^\/([^/]+)(\/.*)$/.exec(pathname)
  if (!match)
    return refused('Ask for /_ipx/w_<width>&f_<format>&q_<quality>/uploads/<file>.')
  const [, operations = '', source = ''] = match
  if (!UPLOAD_PATH.test(source))
    return refused(`Only the site's uploads can be resized (/uploads/<file>), not ${source}.`)
  const options = new Map<string, string>()
  for (const operation of operations.split('&')) {
    const [name = '', value = '', ...rest] = operation.split('_')
    if (!['w', 'f', 'q'].includes(name) || rest.length > 0)
      return refused(`Unknown image option "${operation}": the options are w (width), f (format) and q (quality).`)
    if (options.has(name))
      return refused(`The option ${name} is given twice.`)
    options.set(name, value)
  }
  const width = Number(options.get('w'))
  const format = options.get('f') ?? ''
  const quality = Number(options.get('q'))
  if (!isWidth(width))
    return refused(`Width ${options.get('w') ?? '(none)'} is not one the site uses: ask for one of ${IMAGE_WIDTHS.join(', ')}.`)
  if (!isFormat(format))
    return refused(`Format ${format || '(none)'} is not one the site uses: ask for one of ${Object.keys(IMAGE_QUALITY).join(', ')}.`)
  if (quality !== IMAGE_QUALITY[format])
    return refused(`Quality ${options.get('q') ?? '(none)'} is not the one for ${format}: ask for q_${IMAGE_QUALITY[format]}.`)
  return { ok: true, request: { source, width, format, quality, key: `w_${width}&f_${format}&q_${quality}${source}${version === null ? '' : `?v=${version}`}` } }
}
