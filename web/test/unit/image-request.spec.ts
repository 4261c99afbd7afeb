import { describe, expect, it } from 'vitest'
import { parseImageRequest } from '../../server/images/image-request'
import { IMAGE_LAYOUTS, IMAGE_QUALITY, IMAGE_WIDTHS } from '../../shared/utils/images'

const refusal = (path: string) => {
  const parsed = parseImageRequest(path)
  return parsed.ok ? null : parsed.message
}

describe('the image endpoint\'s allow-list', () => {
  it('accepts every width, format and quality the site\'s layouts ask for', () => {
    for (const { widths } of Object.values(IMAGE_LAYOUTS)) {
      for (const width of widths) {
        for (const [format, quality] of Object.entries(IMAGE_QUALITY))
          expect(parseImageRequest(`/w_${width}&f_${format}&q_${quality}/uploads/photo_ab12.jpg`)).toMatchObject({ ok: true, request: { width, format, quality, source: '/uploads/photo_ab12.jpg' } })
      }
    }
  })

  it('stores one request under one key, whatever the order of its options', () => {
    const a = parseImageRequest('/w_640&f_avif&q_50/uploads/photo.jpg')
    const b = parseImageRequest('/q_50&f_avif&w_640/uploads/photo.jpg')
    expect(a.ok && b.ok && a.request.key === b.request.key).toBe(true)
  })

  it('keeps each version of a replaced upload apart, and takes no other query', () => {
    const first = parseImageRequest('/w_640&f_avif&q_50/uploads/photo.jpg?v=m3x1')
    const second = parseImageRequest('/w_640&f_avif&q_50/uploads/photo.jpg?v=m3x2')
    expect(first.ok && second.ok && first.request.key !== second.request.key).toBe(true)
    expect(refusal('/w_640&f_avif&q_50/uploads/photo.jpg?w=4000')).toBe('The only query an image takes is its version, ?v=<letters and digits>.')
    expect(refusal('/w_640&f_avif&q_50/uploads/photo.jpg?v=../../x')).toMatch(/^The only query/)
  })

  it('refuses a width the site does not use, naming those it does', () => {
    expect(refusal('/w_641&f_avif&q_50/uploads/photo.jpg')).toBe(`Width 641 is not one the site uses: ask for one of ${IMAGE_WIDTHS.join(', ')}.`)
    expect(refusal('/w_20000&f_webp&q_70/uploads/photo.jpg')).toMatch(/^Width 20000 is not one/)
    expect(refusal('/f_webp&q_70/uploads/photo.jpg')).toMatch(/^Width \(none\) is not one/)
  })

  it('refuses a format or a quality the site does not use', () => {
    expect(refusal('/w_640&f_gif&q_50/uploads/photo.jpg')).toMatch(/^Format gif is not one the site uses/)
    expect(refusal('/w_640&f_avif&q_100/uploads/photo.jpg')).toBe('Quality 100 is not the one for avif: ask for q_50.')
    expect(refusal('/w_640&f_avif/uploads/photo.jpg')).toMatch(/^Quality \(none\)/)
  })

  it('refuses any other IPX option, which could make the server encode arbitrary sizes', () => {
    for (const option of ['s_4000x4000', 'h_900', 'enlarge', 'extend_100_100_100_100', 'b_ffffff', 'w_640_1'])
      expect(refusal(`/w_640&f_avif&q_50&${option}/uploads/photo.jpg`)).toMatch(/^Unknown image option/)
    expect(refusal('/w_640&w_320&f_avif&q_50/uploads/photo.jpg')).toBe('The option w is given twice.')
  })

  it('reads only the site\'s own uploads', () => {
    for (const source of ['/https://example.com/a.jpg', '/uploads/../package.json', '/uploads/a/b.jpg', '/_nuxt/app.js', '/uploads/'])
      expect(refusal(`/w_640&f_avif&q_50${source}`)).toMatch(/^Only the site's uploads/)
    expect(refusal('/photo.jpg')).toMatch(/^Ask for/)
  })
})
