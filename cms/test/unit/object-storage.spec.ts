import { afterEach, describe, expect, it, vi } from 'vitest'
import { objectStorage, objectStorageOrigin, uploadPluginConfig } from '../../src/upload/object-storage'

const S3_VARIABLES = ['UPLOAD_PROVIDER', 'S3_ENDPOINT', 'S3_REGION', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'S3_PUBLIC_URL', 'S3_ACL']

function withEnv(values: Record<string, string>): void {
  for (const name of S3_VARIABLES)
    vi.stubEnv(name, values[name] ?? '')
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('object storage settings', () => {
  it('keeps uploads on the local disk unless a bucket or the s3 provider is asked for', () => {
    withEnv({})
    expect(objectStorage()).toBeNull()
    expect(uploadPluginConfig()).toEqual({})
    expect(objectStorageOrigin()).toBeNull()
    withEnv({ UPLOAD_PROVIDER: 'local', S3_BUCKET: 'media' })
    expect(objectStorage()).toBeNull()
  })

  it('refuses the s3 provider without a bucket, an unknown provider and a public URL that is not http(s)', () => {
    withEnv({ UPLOAD_PROVIDER: 's3' })
    expect(() => objectStorage()).toThrow(/S3_BUCKET/)
    withEnv({ UPLOAD_PROVIDER: 'gcs', S3_BUCKET: 'media' })
    expect(() => objectStorage()).toThrow(/UPLOAD_PROVIDER/)
    withEnv({ S3_BUCKET: 'media', S3_PUBLIC_URL: 'javascript:alert(1)' })
    expect(() => objectStorage()).toThrow(/S3_PUBLIC_URL/)
  })

  it('configures a MinIO-style store: its endpoint, path-style URLs, keys and no ACL header', () => {
    withEnv({ S3_BUCKET: 'media', S3_ENDPOINT: 'http://minio:9000/', S3_FORCE_PATH_STYLE: 'true', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' })
    expect(objectStorage()?.publicUrl).toBe('http://minio:9000/media')
    expect(uploadPluginConfig()).toEqual({
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: 'http://minio:9000/media',
        s3Options: {
          region: 'us-east-1',
          endpoint: 'http://minio:9000',
          forcePathStyle: true,
          credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
          params: { Bucket: 'media', ACL: undefined },
        },
      },
    })
    // The key is present, so the provider does not fall back to its default of public-read.
    expect(Object.keys((uploadPluginConfig().providerOptions as { s3Options: { params: object } }).s3Options.params)).toContain('ACL')
  })

  it('serves files from the public URL given, and sends the ACL asked for', () => {
    withEnv({ S3_BUCKET: 'media', S3_REGION: 'eu-west-3', S3_PUBLIC_URL: 'https://media.kestrel.example/', S3_ACL: 'public-read' })
    expect(objectStorage()).toMatchObject({ publicUrl: 'https://media.kestrel.example', acl: 'public-read', endpoint: '' })
    expect(objectStorageOrigin()).toBe('https://media.kestrel.example')
    expect(uploadPluginConfig()).toMatchObject({ providerOptions: { s3Options: { region: 'eu-west-3', params: { ACL: 'public-read' } } } })
  })

  it('falls back to the bucket\'s own AWS URL', () => {
    withEnv({ S3_BUCKET: 'media', S3_REGION: 'eu-west-3' })
    expect(objectStorage()?.publicUrl).toBe('https://media.s3.eu-west-3.amazonaws.com')
  })
})
