import type { ObjectStorageServer } from '@agency/test-support/s3'
import type { AdminSession } from '../support/admin-session'
import type { RunningCms } from '../support/cms'
import { startObjectStorage } from '@agency/test-support/s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInAs } from '../support/admin-session'
import { startCms } from '../support/cms'

/** A 1×1 PNG, as an editor would upload from their computer. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

interface UploadedFile {
  id: number
  url: string
  provider: string
  mime: string
  /** In kilobytes, as Strapi stored it (it re-encodes images without their metadata). */
  size: number
}

const PNG_SIGNATURE = PNG.subarray(0, 8)

describe('uploads in S3-compatible object storage', () => {
  let storage: ObjectStorageServer
  let cms: RunningCms
  let editor: AdminSession

  beforeAll(async () => {
    storage = await startObjectStorage()
    cms = await startCms('sqlite', { env: storage.cmsEnv })
    editor = await signInAs(cms, 'strapi-editor')
  })

  afterAll(async () => {
    await editor?.end()
    await cms?.stop()
    await storage?.close()
  })

  it('stores a file an editor uploads in the bucket and serves it from the storage\'s public URL', async () => {
    const form = new FormData()
    form.append('files', new Blob([PNG], { type: 'image/png' }), 'storage-check.png')
    form.append('fileInfo', JSON.stringify({ name: 'storage-check.png', alternativeText: 'A single pixel' }))
    const response = await editor.fetch('/upload', { method: 'POST', body: form })
    expect(response.status, await response.clone().text()).toBe(201)
    const [file] = await response.json() as UploadedFile[]
    if (!file)
      throw new Error('The upload answered no file')

    expect(file.provider).toBe('aws-s3')
    expect(file.url.startsWith(`${storage.publicUrl}/`), file.url).toBe(true)
    const key = file.url.slice(storage.publicUrl.length + 1)
    expect(await storage.keys()).toContain(key)

    const served = await fetch(file.url)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    const bytes = Buffer.from(await served.arrayBuffer())
    expect(bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE)
    expect(bytes.length / 1000).toBeCloseTo(file.size, 2)
    // Nothing lands on the CMS's own disk.
    expect((await fetch(`${cms.url}/uploads/${key}`)).status).toBe(404)
  })

  it('removes the object when the file is deleted from the media library', async () => {
    const form = new FormData()
    form.append('files', new Blob([PNG], { type: 'image/png' }), 'storage-delete.png')
    const [file] = await (await editor.fetch('/upload', { method: 'POST', body: form })).json() as UploadedFile[]
    if (!file)
      throw new Error('The upload answered no file')
    const key = file.url.slice(storage.publicUrl.length + 1)
    expect(await storage.keys()).toContain(key)

    const removed = await editor.fetch(`/upload/files/${file.id}`, { method: 'DELETE' })
    expect(removed.status).toBe(200)
    expect(await storage.keys()).not.toContain(key)
  })

  it('lets the admin show, play and fetch media from the storage\'s origin', async () => {
    const policy = (await fetch(`${cms.url}/_health`)).headers.get('content-security-policy') ?? ''
    const directive = (name: string) => policy.split(';').map(part => part.trim()).find(part => part.startsWith(`${name} `)) ?? ''
    for (const name of ['img-src', 'media-src', 'connect-src'])
      expect(directive(name).split(' '), name).toContain(storage.endpoint)
    expect(directive('img-src').split(' ')).toEqual(expect.arrayContaining(['\'self\'', 'data:', 'blob:']))
  })
})
