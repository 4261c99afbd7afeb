import type { RunningProcess } from '@agency/test-support/processes'
import type { Page } from 'playwright-core'
import type { Browser } from '../support/browser'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import { caseStudyPath } from '@agency/shared'
import { cmsRequest, createFullAccessToken } from '@agency/test-support/cms-api'
import { startCmsWithAdmin } from '@agency/test-support/cms-server'
import { makePhoto } from '@agency/test-support/photo'
import { freePort } from '@agency/test-support/ports'
import { eventually } from '@agency/test-support/wait'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { IMAGE_CACHE_CONTROL, IMAGE_LAYOUTS } from '../../shared/utils/images'
import { screenshotPath } from '../support/browser'
import { describeInBrowser } from '../support/browser-suite'
import { confirmed, inviteEditor, signInEditor } from '../support/editor'
import { startTestSite } from '../support/stack'

const REVALIDATE_SECRET = 'e2e-images-revalidate-secret'

interface PictureMarkup {
  sources: Array<{ type: string, srcset: string, sizes: string }>
  img: { src: string, srcset: string, width: string, height: string, loading: string, fetchpriority: string | null, currentSrc: string }
}

/** The srcset's candidates as URL and width. */
const candidates = (srcset: string) => srcset.split(', ').map((candidate) => {
  const [url = '', descriptor = ''] = candidate.split(' ')
  return { url, width: Number.parseInt(descriptor) }
})

/**
 * An editor uploads a photo from their phone as an article's cover in the real admin and publishes it;
 * the site shows it as a picture in AVIF and WebP at the cover's widths, made once on the site's own
 * origin and served from memory after, and refuses to make a size it does not use.
 */
describeInBrowser('a photo an editor uploads, as the site serves it', (browser: () => Browser) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-images-'))
  const slug = `a-morning-on-the-harbour-${crypto.randomUUID().slice(0, 6)}`
  const title = 'A morning on the harbour'
  let cms: RunningProcess
  let site: RunningProcess
  let page: Page
  let picture: PictureMarkup

  beforeAll(async () => {
    const [cmsPort, sitePort] = [await freePort(), await freePort()]
    const siteUrl = `http://127.0.0.1:${sitePort}`
    cms = await startCmsWithAdmin({
      database: { client: 'sqlite', file: path.join(dataDir, 'data.db') },
      port: cmsPort,
      env: { SITE_URL: siteUrl, SITE_REVALIDATE_URL: `${siteUrl}/api/revalidate`, REVALIDATE_SECRET },
    })
    site = await startTestSite({ cmsUrl: cms.url, port: sitePort, outboxDir: path.join(dataDir, 'outbox'), env: { NUXT_REVALIDATE_SECRET: REVALIDATE_SECRET, NUXT_CMS_PUBLIC_URL: cms.url } })
    await inviteEditor(cms.url)
    page = await browser().newPage('desktop')
  }, 420_000)

  afterAll(async () => {
    await page?.close()
    await site?.stop()
    await cms?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('lets the editor upload a photo as an article\'s cover and publish it', async () => {
    await signInEditor(page, cms.url)
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article/create`)
    await page.getByRole('textbox', { name: 'Title' }).fill(title)
    await page.getByRole('textbox', { name: 'Address (slug)' }).fill(slug)
    await page.getByRole('textbox', { name: 'Summary' }).fill('What we saw on the water before the first ferry left.')
    await page.locator('.CodeMirror').click()
    await page.keyboard.type('The light on the water is what sells a harbour town.')
    await page.getByRole('textbox', { name: 'Name' }).first().fill('Eda Editor')
    await page.getByRole('combobox', { name: 'Date shown' }).fill('12/05/2026')
    await page.keyboard.press('Tab')

    await page.getByRole('region', { name: 'Cover image' }).getByRole('button', { name: /Click to add an asset/ }).click()
    const assets = page.getByRole('dialog', { name: 'Add new assets' })
    await assets.getByRole('button', { name: 'Add more assets' }).click()
    await assets.locator('input[type="file"]').setInputFiles({ name: 'harbour-morning.jpg', mimeType: 'image/jpeg', buffer: await makePhoto() })
    await assets.getByRole('button', { name: 'Upload 1 asset to the library' }).click()
    await assets.getByRole('button', { name: 'Finish' }).click()
    await page.getByRole('region', { name: 'Cover image' }).getByRole('img', { name: 'harbour-morning.jpg' }).waitFor()

    await page.getByRole('button', { name: 'Save' }).click()
    await confirmed(page, 'Saved document')
    await page.getByRole('button', { name: 'Publish' }).click()
    await confirmed(page, 'Published document')
    await eventually(async () => (await fetch(`${site.url}/blog/${slug}`)).status === 200 || null, { timeoutMs: 5_000, intervalMs: 100, awaiting: `/blog/${slug} on the site` })
  })

  it('shows the cover as a picture in AVIF and WebP at the cover\'s widths, its space reserved, fetched first', async () => {
    const phone = await browser().newPage('phone')
    try {
      await phone.goto(`${site.url}/blog/${slug}`)
      const cover = phone.locator('.article__cover')
      await cover.locator('img').evaluate((img: HTMLImageElement) => img.decode())
      const layoutShift = await phone.evaluate(() => new Promise<number>((resolve) => {
        let total = 0
        new PerformanceObserver(list => list.getEntries().forEach((entry) => {
          total += (entry as PerformanceEntry & { value: number }).value
        })).observe({ type: 'layout-shift', buffered: true })
        requestAnimationFrame(() => resolve(total))
      }))
      expect(layoutShift).toBe(0)
      const axe = await new AxeBuilder({ page: phone }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
      expect(axe.violations.map(violation => violation.id)).toEqual([])
      picture = await cover.evaluate((element): PictureMarkup => {
        const img = element.querySelector('img') as HTMLImageElement
        return {
          sources: [...element.querySelectorAll('source')].map(source => ({ type: source.type, srcset: source.srcset, sizes: source.sizes })),
          img: { src: img.getAttribute('src') ?? '', srcset: img.srcset, width: img.getAttribute('width') ?? '', height: img.getAttribute('height') ?? '', loading: img.loading, fetchpriority: img.getAttribute('fetchpriority'), currentSrc: img.currentSrc },
        }
      })
      await phone.screenshot({ path: screenshotPath('images-article-cover-375') })
    }
    finally {
      await phone.close()
    }
    expect(picture.sources.map(source => source.type)).toEqual(['image/avif', 'image/webp'])
    for (const source of picture.sources) {
      expect(source.sizes).toBe(IMAGE_LAYOUTS.cover.sizes)
      expect(candidates(source.srcset).map(candidate => candidate.width)).toEqual(IMAGE_LAYOUTS.cover.widths)
    }
    // The photo was 2400 × 1600; the stored copy keeps its size.
    expect(picture.img).toMatchObject({ width: '2400', height: '1600', loading: 'eager', fetchpriority: 'high' })
    // Chromium picks AVIF, at a width for a 375px-wide phone.
    expect(picture.img.currentSrc).toMatch(new RegExp(`/_ipx/w_(320|480|640|768)&f_avif&q_50/uploads/harbour_morning_\\w+\\.jpg\\?v=[0-9a-z]+$`))
    await page.goto(`${site.url}/blog/${slug}`)
    await page.screenshot({ path: screenshotPath('images-article-cover-1440') })
  })

  it('serves every size from the site\'s origin, in its format and width, made once and then from memory', async () => {
    for (const source of picture.sources) {
      for (const { url, width } of candidates(source.srcset)) {
        const first = await fetch(`${site.url}${url}`)
        expect(first.status, url).toBe(200)
        expect(first.headers.get('content-type')).toBe(source.type)
        expect(first.headers.get('cache-control')).toBe(IMAGE_CACHE_CONTROL)
        // Made by this request, unless the browser already asked for it above.
        expect(first.headers.get('x-image-cache')).toBe(browser().requests.includes(`${site.url}${url}`) ? 'hit' : 'miss')
        const bytes = Buffer.from(await first.arrayBuffer())
        const metadata = await sharp(bytes).metadata()
        expect({ format: metadata.format, width: metadata.width }).toEqual({ format: source.type === 'image/avif' ? 'heif' : 'webp', width })

        const second = await fetch(`${site.url}${url}`)
        expect(second.headers.get('x-image-cache')).toBe('hit')
        expect(Buffer.from(await second.arrayBuffer()).equals(bytes)).toBe(true)
      }
    }
    const fallback = await fetch(`${site.url}${picture.img.src}`)
    expect(fallback.headers.get('content-type')).toBe('image/jpeg')
  })

  it('refuses a width, a format or a quality the site does not use, and any other source', async () => {
    const [{ url } = { url: '' }] = candidates(picture.sources[0]?.srcset ?? '')
    const upload = url.slice(url.indexOf('/uploads/'))
    for (const [operations, message] of [
      ['w_641&f_avif&q_50', /^Width 641 is not one the site uses/],
      ['w_4000&f_avif&q_50', /^Width 4000 is not one the site uses/],
      ['w_640&f_gif&q_50', /^Format gif is not one the site uses/],
      ['w_640&f_avif&q_100', /^Quality 100 is not the one for avif/],
      ['w_640&f_avif&q_50&s_9000x9000', /^Unknown image option "s_9000x9000"/],
    ] as const) {
      const response = await fetch(`${site.url}/_ipx/${operations}${upload}`)
      expect(response.status, operations).toBe(400)
      expect(await response.text()).toMatch(message)
    }
    const elsewhere = await fetch(`${site.url}/_ipx/w_640&f_avif&q_50/https://example.com/photo.jpg`)
    expect(elsewhere.status).toBe(400)
  })

  it('shows a service\'s cover through the same picture, at the wide layout\'s widths', async () => {
    const token = await createFullAccessToken(cms.url)
    const { data: [article] } = await cmsRequest<{ data: Array<{ cover: { id: number } | null }> }>(`${cms.url}/api/articles?filters[slug][$eq]=${slug}`, { token })
    const { data: [service] } = await cmsRequest<{ data: Array<{ documentId: string, slug: string }> }>(`${cms.url}/api/services?pagination[pageSize]=1`, { token })
    // A service's cover must be described before it is published (cms/src/guards/image-descriptions.ts).
    const fileInfo = new FormData()
    fileInfo.append('fileInfo', JSON.stringify({ alternativeText: 'Green hills under a morning sun' }))
    const described = await fetch(`${cms.url}/api/upload?id=${article?.cover?.id}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: fileInfo })
    expect(described.status, await described.clone().text()).toBe(200)
    await cmsRequest(`${cms.url}/api/services/${service?.documentId}?status=published`, { method: 'PUT', token, body: JSON.stringify({ data: { cover: article?.cover?.id } }) })
    const html = await eventually(async () => {
      const body = await (await fetch(`${site.url}/services/${service?.slug}`)).text()
      return body.includes('<picture') ? body : null
    }, { timeoutMs: 5_000, intervalMs: 100, awaiting: 'the service page with its cover' })
    const avif = /<source type="image\/avif" srcset="([^"]+)" sizes="([^"]+)"/.exec(html)
    expect(candidates(avif?.[1]?.replaceAll('&amp;', '&') ?? '').map(candidate => candidate.width)).toEqual(IMAGE_LAYOUTS.wide.widths)
    expect(avif?.[2]).toBe(IMAGE_LAYOUTS.wide.sizes)
    expect(html).toMatch(/<img [^>]*fetchpriority="high"/)
  })

  it('lets the editor place the photo in an article\'s text; the site draws it as a picture in AVIF and WebP at its stored size, lazily', async () => {
    const token = await createFullAccessToken(cms.url)
    const { data: [article] } = await cmsRequest<{ data: Array<{ documentId: string, cover: { url: string } | null }> }>(`${cms.url}/api/articles?filters[slug][$eq]=${slug}`, { token })
    const photo = article?.cover?.url ?? 'no cover'
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article/${article?.documentId}`)
    await page.locator('.CodeMirror').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.insertText(`\n\n![Boats leaving the harbour at dawn](${photo})\n`)
    await page.getByRole('button', { name: 'Save' }).click()
    await confirmed(page, 'Saved document')
    await page.getByRole('button', { name: 'Publish' }).click()
    await confirmed(page, 'Published document')
    const figure = await eventually(async () => {
      const html = await (await fetch(`${site.url}/blog/${slug}`)).text()
      return /<div class="prose"[\s\S]*?(<picture[\s\S]*?<\/picture>)/.exec(html)?.[1] ?? null
    }, { timeoutMs: 5_000, intervalMs: 100, awaiting: 'the article with a picture in its text' })
    const types = [...figure.matchAll(/<source type="([^"]+)" srcset="([^"]+)"/g)]
    expect(types.map(([, type]) => type)).toEqual(['image/avif', 'image/webp'])
    const widest = candidates(types[0]?.[2]?.replaceAll('&amp;', '&') ?? '').at(-1)
    expect(widest?.url).toMatch(new RegExp(`^/_ipx/w_1280&f_avif&q_50${photo}\\?v=[0-9a-f]{12}$`))
    expect(figure).toMatch(/<img [^>]*alt="Boats leaving the harbour at dawn"/)
    expect(figure).toMatch(/<img [^>]*width="2400" height="1600" loading="lazy"/)
    const response = await fetch(`${site.url}${widest?.url}`)
    expect(response.headers.get('content-type')).toBe('image/avif')
    const phone = await browser().newPage('phone')
    try {
      await phone.goto(`${site.url}/blog/${slug}`)
      const inText = phone.locator('.prose img')
      await inText.scrollIntoViewIfNeeded()
      await inText.evaluate((img: HTMLImageElement) => img.decode())
      expect(await inText.evaluate((img: HTMLImageElement) => img.currentSrc)).toContain('f_avif')
      await phone.screenshot({ path: screenshotPath('images-article-text-picture-375') })
    }
    finally {
      await phone.close()
    }
    await page.goto(`${site.url}/blog/${slug}`)
    await page.locator('.prose img').scrollIntoViewIfNeeded()
    await page.locator('.prose img').evaluate((img: HTMLImageElement) => img.decode())
    await page.screenshot({ path: screenshotPath('images-article-text-picture-1440') })
  })

  it('lets the editor swap a case study\'s cover for the photo from the media library and publish; the site shows it as AVIF and WebP at the wide layout\'s widths', async () => {
    const token = await createFullAccessToken(cms.url)
    const { data: [article] } = await cmsRequest<{ data: Array<{ cover: { url: string } | null }> }>(`${cms.url}/api/articles?filters[slug][$eq]=${slug}`, { token })
    const photo = article?.cover?.url ?? 'no cover'
    const { data: [caseStudy] } = await cmsRequest<{ data: Array<{ documentId: string, slug: string }> }>(`${cms.url}/api/case-studies?pagination[pageSize]=1`, { token })
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::case-study.case-study/${caseStudy?.documentId}`)
    const cover = page.getByRole('region', { name: 'Cover image' })
    await cover.getByRole('button', { name: 'Delete' }).click()
    await cover.getByRole('button', { name: /Click to add an asset/ }).click()
    const library = page.getByRole('dialog', { name: 'Add new assets' })
    await library.getByRole('checkbox', { name: /harbour-morning/ }).check()
    await library.getByRole('button', { name: 'Finish' }).click()
    // The admin shows a picked file by the description the service test gave it.
    await cover.getByRole('img', { name: 'Green hills under a morning sun' }).waitFor()
    await page.screenshot({ path: screenshotPath('images-admin-case-study-cover') })
    await page.getByRole('button', { name: 'Save' }).click()
    await confirmed(page, 'Saved document')
    await page.getByRole('button', { name: 'Publish' }).click()
    await confirmed(page, 'Published document')
    const html = await eventually(async () => {
      const body = await (await fetch(`${site.url}${caseStudyPath(caseStudy?.slug ?? '')}`)).text()
      return body.includes(photo) ? body : null
    }, { timeoutMs: 5_000, intervalMs: 100, awaiting: 'the case study with the editor\'s photo' })
    const sources = [...html.matchAll(/<source type="(image\/(?:avif|webp))" srcset="([^"]+)" sizes="([^"]+)"/g)]
    const [avif, webp] = ['image/avif', 'image/webp'].map(type => sources.find(source => source[1] === type && source[2]?.includes(photo)))
    for (const source of [avif, webp]) {
      const listed = candidates(source?.[2]?.replaceAll('&amp;', '&') ?? '')
      expect(listed.map(candidate => candidate.width)).toEqual(IMAGE_LAYOUTS.wide.widths)
      expect(source?.[3]).toBe('(min-width: 80rem) 76rem, 100vw')
      const widest = listed.at(-1)
      const response = await fetch(`${site.url}${widest?.url}`)
      expect(response.headers.get('content-type')).toBe(source?.[1])
      expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(widest?.width)
    }
    expect(html).toMatch(/<img [^>]*fetchpriority="high"/)
  })

  it('shows a new version of the cover once the file is replaced in the media library', async () => {
    const token = await createFullAccessToken(cms.url)
    const { data: [article] } = await cmsRequest<{ data: Array<{ cover: { id: number } | null }> }>(`${cms.url}/api/articles?filters[slug][$eq]=${slug}`, { token })
    const coverUrls = async () => /<source type="image\/avif" srcset="([^"]+)"/.exec(await (await fetch(`${site.url}/blog/${slug}`)).text())?.[1] ?? ''
    const before = await coverUrls()
    const replacement = new FormData()
    replacement.append('files', new Blob([new Uint8Array(await makePhoto({ width: 1800, height: 1200 }))], { type: 'image/jpeg' }), 'harbour-morning.jpg')
    const replaced = await fetch(`${cms.url}/api/upload?id=${article?.cover?.id}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: replacement })
    expect(replaced.status, await replaced.clone().text()).toBe(200)
    const after = await eventually(async () => {
      const urls = await coverUrls()
      return urls !== before ? urls : null
    }, { timeoutMs: 5_000, intervalMs: 100, awaiting: 'the page to show the replaced cover' })
    // The same upload address, a new version: no browser or cache holds these yet.
    const [first] = candidates(after.replaceAll('&amp;', '&'))
    expect(first?.url.split('?')[0]).toBe(candidates(before.replaceAll('&amp;', '&'))[0]?.url.split('?')[0])
    const response = await fetch(`${site.url}${first?.url}`)
    expect(response.headers.get('x-image-cache')).toBe('miss')
  })

  it('tells the editor why a file with a script is refused, where they pick a cover', async () => {
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article/create`)
    await page.getByRole('region', { name: 'Cover image' }).getByRole('button', { name: /Click to add an asset/ }).click()
    const assets = page.getByRole('dialog', { name: 'Add new assets' })
    await assets.getByRole('button', { name: 'Add more assets' }).click()
    await assets.locator('input[type="file"]').setInputFiles({ name: 'badge.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script></svg>') })
    await assets.getByRole('button', { name: 'Upload 1 asset to the library' }).click()
    await assets.getByText(/"badge.svg" is an SVG with a script, which could run code in a visitor's browser/).waitFor()
    await page.screenshot({ path: screenshotPath('images-admin-refused-svg') })
  })
})
