import type { IPXStorage } from 'ipx'
import type { ImageRequest } from './image-request'
import type { StoredImage } from './image-cache'
import { MEDIA_LIMITS } from '@agency/shared'
import { createIPX } from 'ipx'
import { IMAGE_CONTENT_TYPES } from '../../shared/utils/images'
import { MEDIA_PATH, mediaSource } from '../cms/media-storage'

/** Reads uploads (`/uploads/<file>`) where server/routes/uploads serves them from: object storage or the CMS. */
function uploads(): IPXStorage {
  return {
    name: 'site-uploads',
    getMeta: () => ({}),
    async getData(id) {
      const response = await fetch(mediaSource(id.slice(MEDIA_PATH.length)))
      return response.ok ? Buffer.from(await response.arrayBuffer()) : undefined
    },
  }
}

/**
 * Makes one image with IPX (sharp): the upload, resized to the width (never enlarged) and encoded in
 * the format at its quality. Sources larger than the CMS accepts are refused, not decoded.
 */
export function createImageTransformer() {
  const ipx = createIPX({
    storage: uploads(),
    maxOutputDimension: 4096,
    sharpOptions: { limitInputPixels: MEDIA_LIMITS.maxPixels },
  })
  return async (request: ImageRequest): Promise<StoredImage> => {
    const { data } = await ipx(request.source, { w: String(request.width), f: request.format, q: String(request.quality) }).process()
    return { data: Buffer.from(data), contentType: IMAGE_CONTENT_TYPES[request.format] }
  }
}
