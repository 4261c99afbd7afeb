import type { ImageCache } from './image-cache'
import { createImageCache } from './image-cache'
import { parseImageRequest } from './image-request'
import { createImageTransformer } from './image-transform'
import { IMAGE_CACHE_CONTROL, IMAGE_ROUTE } from '../../shared/utils/images'

let cache: ImageCache | undefined

/** IPX's errors carry the status it means (404 for a missing source). */
function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null)
    return undefined
  const status = 'status' in error ? error.status : 'statusCode' in error ? error.statusCode : undefined
  return typeof status === 'number' ? status : undefined
}

/** The image cache of this server, for the tests' counters. */
export function useImageCache(): ImageCache {
  cache ??= createImageCache(useRuntimeConfig().images.cacheMegabytes * 1024 * 1024)
  return cache
}

/**
 * The image endpoint, registered in nuxt.config.ts at @nuxt/image's IPX address, where @nuxt/image
 * then adds no handler of its own (it steps aside for a user-provided one). In front of IPX: the
 * allow-list (image-request.ts), and the cache of images already made (image-cache.ts).
 */
export default defineLazyEventHandler(() => {
  const transform = createImageTransformer()
  return defineEventHandler(async (event) => {
    const parsed = parseImageRequest(event.path.slice(IMAGE_ROUTE.length))
    if (!parsed.ok) {
      setResponseStatus(event, 400, 'Bad Request')
      setResponseHeaders(event, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
      return parsed.message
    }
    try {
      const { image, hit } = await useImageCache().get(parsed.request.key, () => transform(parsed.request))
      setResponseHeaders(event, {
        'Content-Type': image.contentType,
        'Content-Length': String(image.data.length),
        'Cache-Control': IMAGE_CACHE_CONTROL,
        'X-Image-Cache': hit ? 'hit' : 'miss',
      })
      return image.data
    }
    catch (error) {
      const missing = statusOf(error) === 404
      setResponseStatus(event, missing ? 404 : 502)
      setResponseHeaders(event, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
      return missing ? 'No such upload.' : 'The image could not be made.'
    }
  })
})
