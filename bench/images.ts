// `pnpm bench:images`: an article with a photo as its cover, the work and a seeded case study, on the
// built site against a fresh CMS. Prints the image bytes a phone loads now and what the same images
// weighed as uploaded (what the pages sent before the image pipeline), their JavaScript and
// Lighthouse's mobile scores. Build the site first (`pnpm --filter @agency/web build`).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cmsRequest, createFullAccessToken } from '@agency/test-support/cms-api'
import { makePhoto } from '@agency/test-support/photo'
import { SEED_CASE_STUDY_SLUG } from '@agency/test-support/site-pages'
import { pageImages } from './lib/image-bytes'
import { measurePageScripts } from './lib/js-budget'
import { lighthouseMedians } from './lib/lighthouse'
import { startCms, startSite } from './lib/stack'

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-images-'))
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

/** Publishes an article with a photo as its cover, and gives the first service the same cover; their paths. */
async function publishCovers(cmsUrl: string, token: string): Promise<{ articlePath: string, servicePath: string }> {
  const form = new FormData()
  form.append('files', new Blob([new Uint8Array(await makePhoto())], { type: 'image/jpeg' }), 'harbour-morning.jpg')
  form.append('fileInfo', JSON.stringify({ alternativeText: 'Green hills under a morning sun' }))
  const uploaded = await fetch(`${cmsUrl}/api/upload`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form })
  if (!uploaded.ok)
    throw new Error(`Uploading the cover answered ${uploaded.status}: ${await uploaded.text()}`)
  const [cover] = await uploaded.json() as Array<{ id: number }>
  const slug = 'a-morning-on-the-harbour'
  await cmsRequest(`${cmsUrl}/api/articles?status=published`, {
    method: 'POST',
    token,
    body: JSON.stringify({ data: {
      title: 'A morning on the harbour',
      slug,
      excerpt: 'What we saw on the water before the first ferry left.',
      body: 'The light on the water is what sells a harbour town.\n\n'.repeat(12),
      author: { name: 'Eda Editor' },
      publishedDate: '2026-12-05',
      cover: cover?.id,
    } }),
  })
  const { data: [service] } = await cmsRequest<{ data: Array<{ documentId: string, slug: string }> }>(`${cmsUrl}/api/services?pagination[pageSize]=1`, { token })
  await cmsRequest(`${cmsUrl}/api/services/${service?.documentId}?status=published`, { method: 'PUT', token, body: JSON.stringify({ data: { cover: cover?.id } }) })
  return { articlePath: `/blog/${slug}`, servicePath: `/services/${service?.slug}` }
}

const cms = await startCms({ client: 'sqlite', file: path.join(workDir, 'data.db') })
let site: Awaited<ReturnType<typeof startSite>> | undefined
try {
  site = await startSite(cms.url)
  const token = await createFullAccessToken(cms.url)
  const { articlePath, servicePath } = await publishCovers(cms.url, token)
  // The pages the image budgets name: an article with a cover, the work and a case study.
  const imagePages = [articlePath, '/work', `/work/${SEED_CASE_STUDY_SLUG}`]

  for (const pagePath of imagePages) {
    for (const [width, dpr] of [[375, 1], [375, 2], [375, 3], [1440, 1]] as const) {
      const { images, lcpElement } = await pageImages(`${site.url}${pagePath}`, width, dpr)
      let before = 0
      for (const image of images) {
        const upload = new URL(image.url).pathname.replace(/^\/_ipx\/[^/]+/, '')
        const original = await fetch(`${site.url}${upload}`)
        before += (await original.arrayBuffer()).byteLength
      }
      const after = images.reduce((sum, image) => sum + image.transferBytes, 0)
      console.info(`\n${pagePath}, ${width} px at ${dpr}x: ${images.length} image(s), ${kb(after)} on the wire; as uploaded ${kb(before)}. LCP element: ${lcpElement}`)
      for (const image of images)
        console.info(`  ${kb(image.transferBytes).padStart(10)}  ${image.priority.padEnd(8)} ${new URL(image.url).pathname}`)
    }
  }

  console.info('\nGzipped JavaScript per page (as pnpm bench:js counts it):')
  for (const page of await measurePageScripts(site.url, ['/', ...imagePages, servicePath], { sitePages: false }))
    console.info(`  ${page.path}: ${page.gzipKiB.toFixed(2)} KiB in ${page.files} file(s) and ${page.inline} inline script(s)`)

  console.info('\nLighthouse, mobile (default emulation), median of 3 runs:')
  for (const { url: page, scores, failing } of await lighthouseMedians([...imagePages, servicePath, '/'].map(pagePath => `${site!.url}${pagePath}`)))
    console.info(`  ${new URL(page).pathname}: performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, SEO ${scores.seo}${failing.length ? ` (below 90: ${failing.join(', ')})` : ''}`)
}
finally {
  await site?.stop()
  await cms.stop()
  fs.rmSync(workDir, { recursive: true, force: true })
}
