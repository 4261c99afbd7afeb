import { describe, expect, it } from 'vitest'
import { createImageCache } from '../../server/images/image-cache'

const image = (bytes: number) => ({ data: Buffer.alloc(bytes), contentType: 'image/avif' })

describe('the cache of images already made', () => {
  it('makes an image once and serves it from memory after', async () => {
    const cache = createImageCache(1024)
    let made = 0
    const make = async () => {
      made++
      return image(100)
    }
    expect((await cache.get('a', make)).hit).toBe(false)
    expect((await cache.get('a', make)).hit).toBe(true)
    expect(made).toBe(1)
    expect(cache.counts).toEqual({ hits: 1, encodings: 1 })
  })

  it('makes an image asked for twice at once only once', async () => {
    const cache = createImageCache(1024)
    let made = 0
    const make = async () => {
      made++
      return image(10)
    }
    await Promise.all([cache.get('a', make), cache.get('a', make), cache.get('a', make)])
    expect(made).toBe(1)
  })

  it('stays within its size, dropping the least recently used first', async () => {
    const cache = createImageCache(250)
    await cache.get('a', async () => image(100))
    await cache.get('b', async () => image(100))
    await cache.get('a', async () => image(100))
    await cache.get('c', async () => image(100))
    expect((await cache.get('a', async () => image(100))).hit).toBe(true)
    expect((await cache.get('b', async () => image(100))).hit).toBe(false)
  })
})
