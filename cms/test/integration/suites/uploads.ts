import type { AdminSession } from '../../support/admin-session'
import type { CmsContext } from '../../support/suite'
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import zlib from 'node:zlib'
import { MEDIA_LIMITS } from '@agency/shared'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInAs } from '../../support/admin-session'

/** A JPEG as a phone takes it: turned by its EXIF orientation (6: rotate 90°), with the place it was taken. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 400, channels: 3, background: '#c8844a' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'Test phone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 3/1' } })
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

/** The EXIF tag that points at the GPS block, as it is written in a little-endian EXIF. */
const GPS_POINTER = Buffer.from([0x25, 0x88])

/** A PNG a few hundred bytes long that claims 10,000 × 10,000 pixels: a decompression bomb. */
async function pixelBomb(): Promise<Buffer> {
  const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } }).png().toBuffer()
  const ihdr = png.indexOf('IHDR')
  png.writeUInt32BE(10_000, ihdr + 4)
  png.writeUInt32BE(10_000, ihdr + 8)
  png.writeUInt32BE(zlib.crc32(png.subarray(ihdr, ihdr + 17)), ihdr + 17)
  return png
}

interface Uploaded {
  id: number
  url: string
  width: number
  height: number
  mime: string
}

export function uploadsSuite(context: CmsContext): void {
  describe('uploads to the media library, by an editor', () => {
    let editor: AdminSession
    const uploadedIds: number[] = []

    const upload = async (name: string, type: string, bytes: Buffer | string) => {
      const form = new FormData()
      form.append('files', new Blob([bytes], { type }), name)
      const response = await editor.fetch('/upload', { method: 'POST', body: form })
      const body = await response.json() as Uploaded[] | { error: { message: string } }
      if (Array.isArray(body))
        uploadedIds.push(...body.map(file => file.id))
      return { status: response.status, body }
    }
    const refusal = async (name: string, type: string, bytes: Buffer | string) => {
      const { status, body } = await upload(name, type, bytes)
      expect(status, JSON.stringify(body)).toBe(400)
      return Array.isArray(body) ? '' : body.error.message
    }

    beforeAll(async () => {
      editor = await signInAs(context.cms, 'strapi-editor')
    })

    afterAll(async () => {
      for (const id of uploadedIds)
        await editor.fetch(`/upload/files/${id}`, { method: 'DELETE' })
      await editor.end()
    })

    it('stores a photo the right way up and without the place it was taken', async () => {
      const photo = await phonePhoto()
      expect((await sharp(photo).metadata()).exif?.includes(GPS_POINTER)).toBe(true)

      const { status, body } = await upload('harbour-walk.jpg', 'image/jpeg', photo)
      expect(status, JSON.stringify(body)).toBe(201)
      const [stored] = body as Uploaded[]
      expect(stored).toMatchObject({ mime: 'image/jpeg', width: 400, height: 600 })

      const file = await fs.readFile(path.join(context.cms.strapi.dirs.static.public, stored?.url ?? ''))
      const metadata = await sharp(file).metadata()
      expect({ width: metadata.width, height: metadata.height }).toEqual({ width: 400, height: 600 })
      expect(metadata.orientation ?? 1).toBe(1)
      expect(metadata.exif?.includes(GPS_POINTER) ?? false).toBe(false)
    })

    it('refuses a file that is not a picture or a document, such as a web page or a program', async () => {
      expect(await refusal('landing.html', 'text/html', '<!doctype html><script>alert(1)</script>')).toMatch(/not allowed/)
      expect(await refusal('invoice.exe', 'application/octet-stream', Buffer.concat([Buffer.from('MZ'), crypto.randomBytes(512)]))).toMatch(/not allowed/)
    })

    it('refuses a file over the size limit, saying how large it is and what to do', async () => {
      const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MEDIA_LIMITS.maxBytes * 1.05, 0x20), Buffer.from('\n%%EOF\n')])
      expect(await refusal('brochure.pdf', 'application/pdf', pdf)).toBe('"brochure.pdf" is 10.5 MB, more than the 10 MB a file may be. Resize or compress it, then upload it again.')
    })

    it('refuses an image with more pixels than the site decodes, without decoding it', async () => {
      expect(await refusal('poster.png', 'image/png', await pixelBomb())).toBe('"poster.png" is 10000 × 10000 pixels (100 megapixels), more than the 40 megapixels an image may have. Scale it down to at most 6000 pixels on its longer side, then upload it again.')
    })

    it('refuses an SVG that carries a script, an event handler or a script link, and keeps a plain one', async () => {
      const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attributes}>${inner}<rect width="10" height="10"/></svg>`
      expect(await refusal('logo.svg', 'image/svg+xml', svg('<script>alert(1)</script>'))).toMatch(/^"logo.svg" is an SVG with a script, which could run code in a visitor's browser\./)
      expect(await refusal('logo.svg', 'image/svg+xml', svg('', ' onload="alert(1)"'))).toMatch(/an event handler/)
      expect(await refusal('logo.svg', 'image/svg+xml', svg('<a href="javascript:alert(1)"><text>x</text></a>'))).toMatch(/a script link/)
      expect((await upload('logo.svg', 'image/svg+xml', svg(''))).status).toBe(201)
    })
  })
}
