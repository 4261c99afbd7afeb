import { LRUCache } from 'lru-cache'

/** A transformed image, as sent. */
export interface StoredImage {
  data: Buffer
  contentType: string
}

/**
 * The images already made, least recently used first out, bounded in bytes: a page view is answered
 * from here and never encodes again. Requests for an image being made wait for it rather than make it
 * a second time. Counts hits and encodings, which the tests read.
 */
export function createImageCache(maxBytes: number) {
  const stored = new LRUCache<string, StoredImage>({ maxSize: maxBytes, sizeCalculation: image => Math.max(1, image.data.length) })
  const making = new Map<string, Promise<StoredImage>>()
  const counts = { hits: 0, encodings: 0 }

  return {
    counts,
    /** The image under `key` and whether it came from the cache; `make` runs only when it is missing. */
    async get(key: string, make: () => Promise<StoredImage>): Promise<{ image: StoredImage, hit: boolean }> {
      const cached = stored.get(key)
      if (cached) {
        counts.hits++
        return { image: cached, hit: true }
      }
      const pending = making.get(key)
      if (pending)
        return { image: await pending, hit: true }
      const made = make().then((image) => {
        counts.encodings++
        if (image.data.length <= maxBytes)
          stored.set(key, image)
        return image
      }).finally(() => making.delete(key))
      making.set(key, made)
      return { image: await made, hit: false }
    },
  }
}

export type ImageCache = ReturnType<typeof createImageCache>
