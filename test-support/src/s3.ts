import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

/** The part of s3rver (which ships no types) these tests use. */
interface S3rverServer {
  run: () => Promise<{ address: string, port: number }>
  close: () => Promise<void>
}
type S3rverClass = new (options: { address: string, port: number, silent: boolean, directory: string, configureBuckets: Array<{ name: string }> }) => S3rverServer
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass

export interface ObjectStorageServer {
  /** The S3 API's origin. */
  endpoint: string
  bucket: string
  /** Where objects are read from, path style: `endpoint/bucket`. */
  publicUrl: string
  /** The CMS's settings to upload here (s3rver's fixed keys; it ignores ACLs). */
  cmsEnv: Record<string, string>
  /** The keys of the objects in the bucket. */
  keys: () => Promise<string[]>
  close: () => Promise<void>
}

/** A real S3-protocol server (s3rver) on a free loopback port, its one bucket in a temporary folder. */
export async function startObjectStorage(bucket = 'media'): Promise<ObjectStorageServer> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-s3-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const publicUrl = `${endpoint}/${bucket}`
  return {
    endpoint,
    bucket,
    publicUrl,
    cmsEnv: {
      UPLOAD_PROVIDER: 's3',
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
      S3_PUBLIC_URL: publicUrl,
    },
    async keys() {
      const listing = await (await fetch(publicUrl)).text()
      return [...listing.matchAll(/<Key>([^<]+)<\/Key>/g)].flatMap(match => match[1] ?? [])
    },
    async close() {
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
