import type { Media } from '@agency/shared'
import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import MediaImage from '~/components/media/MediaImage.vue'
import { parseImageRequest } from '~~/server/images/image-request'
import { IMAGE_LAYOUTS } from '~~/shared/utils/images'

const photo: Media = { id: 1, documentId: 'd1', url: '/uploads/harbour_walk_1a2b3c.jpg', alternativeText: 'The harbour at dawn', width: 1600, height: 900, mime: 'image/jpeg' }

const urlsOf = (srcset: string | undefined) => (srcset ?? '').split(', ').map(candidate => candidate.split(' ')[0] ?? '')

describe('an image from the CMS', () => {
  it('is a picture with AVIF and WebP sources and a fallback, at the layout\'s widths and sizes', async () => {
    const wrapper = await mountSuspended(MediaImage, { props: { media: photo, layout: 'cover' } })
    const sources = wrapper.findAll('source')
    expect(sources.map(source => source.attributes('type'))).toEqual(['image/avif', 'image/webp'])
    for (const source of sources) {
      expect(source.attributes('sizes')).toBe(IMAGE_LAYOUTS.cover.sizes)
      expect(source.attributes('srcset')?.split(', ').map(candidate => candidate.split(' ')[1])).toEqual(IMAGE_LAYOUTS.cover.widths.map(width => `${width}w`))
    }
    const img = wrapper.find('img')
    expect(img.attributes()).toMatchObject({ alt: 'The harbour at dawn', width: '1600', height: '900', loading: 'lazy', decoding: 'async' })
    expect(img.attributes('fetchpriority')).toBeUndefined()
    expect(img.attributes('src')).toBe('/_ipx/w_960&f_jpeg&q_72/uploads/harbour_walk_1a2b3c.jpg')
  })

  it('asks the image endpoint only for what its allow-list accepts', async () => {
    for (const layout of Object.keys(IMAGE_LAYOUTS) as Array<keyof typeof IMAGE_LAYOUTS>) {
      const wrapper = await mountSuspended(MediaImage, { props: { media: { ...photo, mime: 'image/png' }, layout } })
      const urls = [...wrapper.findAll('source'), wrapper.find('img')].flatMap(element => urlsOf(element.attributes('srcset')))
      for (const url of urls) {
        expect(url.startsWith('/_ipx/')).toBe(true)
        expect(parseImageRequest(url.slice('/_ipx'.length))).toMatchObject({ ok: true })
      }
    }
  })

  it('is fetched first when it is the largest image above the fold', async () => {
    const img = (await mountSuspended(MediaImage, { props: { media: photo, layout: 'cover', priority: true } })).find('img')
    expect(img.attributes()).toMatchObject({ loading: 'eager', fetchpriority: 'high' })
  })

  it('offers no width larger than the upload, and keeps a small upload at its own size', async () => {
    const narrow = await mountSuspended(MediaImage, { props: { media: { ...photo, width: 700, height: 400 }, layout: 'cover' } })
    expect(narrow.find('source').attributes('srcset')).toMatch(/ 640w$/)
    const tiny = await mountSuspended(MediaImage, { props: { media: { ...photo, width: 100, height: 50 }, layout: 'cover' } })
    expect(tiny.find('source').attributes('srcset')).toBe('/_ipx/w_320&f_avif&q_50/uploads/harbour_walk_1a2b3c.jpg 320w')
  })

  it('carries the upload\'s version, so a file replaced at the same address gets new image URLs', async () => {
    const before = await mountSuspended(MediaImage, { props: { media: { ...photo, updatedAt: '2026-12-01T10:00:00.000Z' }, layout: 'cover' } })
    const after = await mountSuspended(MediaImage, { props: { media: { ...photo, updatedAt: '2026-12-02T10:00:00.000Z' }, layout: 'cover' } })
    const url = (wrapper: typeof before) => wrapper.find('img').attributes('src') ?? ''
    expect(url(before)).toMatch(/^\/_ipx\/w_960&f_jpeg&q_72\/uploads\/harbour_walk_1a2b3c\.jpg\?v=[0-9a-z]+$/)
    expect(url(before)).not.toBe(url(after))
    expect(parseImageRequest(url(before).slice('/_ipx'.length))).toMatchObject({ ok: true })
  })

  it('shows an SVG as it was uploaded', async () => {
    const wrapper = await mountSuspended(MediaImage, { props: { media: { ...photo, url: '/uploads/logo_1a2b.svg', mime: 'image/svg+xml' }, layout: 'logo' } })
    expect(wrapper.findAll('source')).toHaveLength(0)
    expect(wrapper.find('img').attributes('src')).toBe('/uploads/logo_1a2b.svg')
  })
})
