import type { RunningProcess } from '@agency/test-support/processes'
import type { ObjectStorageServer } from '@agency/test-support/s3'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cmsRequest, createFullAccessToken } from '@agency/test-support/cms-api'
import { startCmsServer, TEST_ADMIN } from '@agency/test-support/cms-server'
import { startObjectStorage } from '@agency/test-support/s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestSite } from '../support/stack'

/** A 1×1 PNG: the cover an editor uploads. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

interface UploadedFile {
  id: number
  url: string
}

/** Uploads a file through the admin API, signed in as the development admin, as the media library does. */
async function uploadThroughAdmin(cmsUrl: string): Promise<UploadedFile> {
  const login = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(TEST_ADMIN) })
  const { data } = await login.json() as { data: { token: string } }
  const form = new FormData()
  form.append('files', new Blob([PNG], { type: 'image/png' }), 'storage-cover.png')
  form.append('fileInfo', JSON.stringify({ name: 'storage-cover.png', alternativeText: 'A single pixel of colour' }))
  const response = await fetch(`${cmsUrl}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${data.token}` }, body: form })
  if (response.status !== 201)
    throw new Error(`The upload answered ${response.status}: ${await response.text()}`)
  const [file] = await response.json() as UploadedFile[]
  if (!file)
    throw new Error('The upload answered no file')
  return file
}

describe('the site with the CMS\'s media in S3-compatible object storage', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-storage-'))
  let storage: ObjectStorageServer
  let cms: RunningProcess
  let site: RunningProcess
  let file: UploadedFile
  let key = ''

  beforeAll(async () => {
    storage = await startObjectStorage()
    cms = await startCmsServer({ database: { client: 'sqlite', file: path.join(dataDir, 'data.db') }, env: storage.cmsEnv })
    file = await uploadThroughAdmin(cms.url)
    key = file.url.slice(storage.publicUrl.length + 1)
    const token = await createFullAccessToken(cms.url)
    await cmsRequest(`${cms.url}/api/articles?status=published`, {
      method: 'POST',
      token,
      body: JSON.stringify({
        data: {
          title: 'Stored elsewhere',
          slug: 'stored-elsewhere',
          excerpt: 'An article whose cover lives in object storage.',
          body: `A chart from the media library:\n\n![A chart](${file.url})`,
          author: { name: 'Test Writer', role: 'Editor' },
          publishedDate: '2024-05-01',
          cover: file.id,
        },
      }),
    })
    site = await startTestSite({ cmsUrl: cms.url, outboxDir: path.join(dataDir, 'outbox'), env: { NUXT_CMS_MEDIA_URL: storage.publicUrl } })
  })

  afterAll(async () => {
    await site?.stop()
    await cms?.stop()
    await storage?.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('keeps the upload in the bucket, under the storage\'s public URL', async () => {
    expect(file.url.startsWith(`${storage.publicUrl}/`), file.url).toBe(true)
    expect(await storage.keys()).toContain(key)
  })

  it('shows the cover and the image in the body from its own /uploads/ path', async () => {
    const html = await (await fetch(`${site.url}/blog/stored-elsewhere`)).text()
    expect(html).toContain(`/uploads/${key}`)
    expect(html).not.toContain(storage.publicUrl)
  })

  it('serves the file from the storage at /uploads/', async () => {
    const [fromSite, fromStorage] = await Promise.all([fetch(`${site.url}/uploads/${key}`), fetch(file.url)])
    expect(fromSite.status).toBe(200)
    expect(fromSite.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await fromSite.arrayBuffer())).toEqual(Buffer.from(await fromStorage.arrayBuffer()))
  })

  it('serves nothing but files of the bucket: no other path, no other host', async () => {
    expect((await fetch(`${site.url}/uploads/missing-file.png`)).status).toBe(404)
    for (const probe of ['..%2Fother-bucket%2Fx.png', '%2F%2Fexample.org%2Fx.png', 'a/b.png'])
      expect((await fetch(`${site.url}/uploads/${probe}`)).status, probe).toBe(404)
  })
})
