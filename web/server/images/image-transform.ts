import type { IPXStorage } from 'ipx'
import type { ImageRequest } from './image-request'
import type { StoredImage } from './image-cache'
import { MEDIA_LIMITS } from '@agency/shared'
import { createIPX } from 'ipx'
import { IMAGE_CONTENT_TYPES } from '../../shared/utils/images'

/** Reads uploads from the CMS, the same files server/routes/uploads serves. */
function cmsUploads(cmsUrl: string): IPXStorage {
  const origin = cmsUrl.replace(/\/+$/, '')
  return {
    name: 'cms-uploads',
    getMeta: () => ({}),
    async getData(id) {
      const response = await fetch(`${origin}${id}`)
      return response.ok ? Buffer.from(await response.arrayBuffer()) : undefined
    },
  }
}

/**
 * Makes one image with IPX (sharp): the upload, resized to the width (never enlarged) and encoded in
 * the format at its quality. Sources larger than the CMS accepts are refused, not decoded.
 */
export function createImageTransformer(cmsUrl: string) {
  const ipx = createIPX({
    storage: cmsUploads(cmsUrl),
    maxOutputDimension: 4096,
    sharpOptions: { limitInputPixels: MEDIA_LIMITS.maxPixels },
  })
  return async (request: ImageRequest): Promise<StoredImage> => {
    const { data } = await ipx(request.source, { w: String(request.width), f: request.format, q: String(request.quality) }).process()
    return { data: Buffer.from(data), contentType: IMAGE_CONTENT_TYPES[request.format] }
  }
}
