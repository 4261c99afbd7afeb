/**
 * Where uploads are stored: S3-compatible object storage when UPLOAD_PROVIDER=s3 or S3_BUCKET is set,
 * the local disk (public/uploads) otherwise. Several CMS instances must share one bucket: each instance's
 * disk holds only what was uploaded through it.
 */
export interface ObjectStorage {
  bucket: string
  region: string
  /** The S3 API, for a store other than AWS (MinIO, R2, …); empty for AWS itself. */
  endpoint: string
  /** Bucket in the path (`endpoint/bucket/key`) rather than in the host name, as MinIO and most self-hosted stores need. */
  forcePathStyle: boolean
  accessKeyId: string
  secretAccessKey: string
  /** The base URL files are read from (a CDN, a custom domain or the bucket's own URL), no trailing slash. */
  publicUrl: string
  /** A canned ACL sent with each object (`public-read`); none by default, as buckets made since 2023 refuse ACLs. */
  acl: string
}

const env = (name: string): string => process.env[name]?.trim() ?? ''

/** The bucket's own public URL when S3_PUBLIC_URL is not set. */
function defaultPublicUrl(bucket: string, region: string, endpoint: string, forcePathStyle: boolean): string {
  if (!endpoint)
    return forcePathStyle ? `https://s3.${region}.amazonaws.com/${bucket}` : `https://${bucket}.s3.${region}.amazonaws.com`
  const url = new URL(endpoint)
  if (forcePathStyle)
    return `${url.origin}/${bucket}`
  return `${url.protocol}//${bucket}.${url.host}`
}

/** The object storage settings, or null for the local disk. Throws on settings that cannot work. */
export function objectStorage(): ObjectStorage | null {
  const provider = env('UPLOAD_PROVIDER').toLowerCase()
  const bucket = env('S3_BUCKET')
  if (provider === 'local' || (provider !== 's3' && !bucket))
    return null
  if (provider !== '' && provider !== 's3')
    throw new Error(`UPLOAD_PROVIDER must be "local" or "s3", not "${provider}".`)
  if (!bucket)
    throw new Error('UPLOAD_PROVIDER=s3 needs S3_BUCKET.')
  const region = env('S3_REGION') || 'us-east-1'
  const endpoint = env('S3_ENDPOINT').replace(/\/+$/, '')
  const forcePathStyle = env('S3_FORCE_PATH_STYLE') === 'true'
  const publicUrl = (env('S3_PUBLIC_URL') || defaultPublicUrl(bucket, region, endpoint, forcePathStyle)).replace(/\/+$/, '')
  for (const [name, value] of [['S3_ENDPOINT', endpoint], ['S3_PUBLIC_URL', publicUrl]] as const) {
    if (value && !/^https?:\/\/[^/]/.test(value))
      throw new Error(`${name} must be an http(s) URL, not "${value}".`)
  }
  return {
    bucket,
    region,
    endpoint,
    forcePathStyle,
    accessKeyId: env('S3_ACCESS_KEY_ID'),
    secretAccessKey: env('S3_SECRET_ACCESS_KEY'),
    publicUrl,
    acl: env('S3_ACL'),
  }
}

/** The origin media are served from, for the admin's content security policy; none for the local disk. */
export function objectStorageOrigin(): string | null {
  const storage = objectStorage()
  return storage ? new URL(storage.publicUrl).origin : null
}

/** The upload plugin's configuration: the aws-s3 provider for object storage, Strapi's local provider otherwise. */
export function uploadPluginConfig(): Record<string, unknown> {
  const storage = objectStorage()
  if (!storage)
    return {}
  return {
    provider: 'aws-s3',
    providerOptions: {
      baseUrl: storage.publicUrl,
      s3Options: {
        region: storage.region,
        ...(storage.endpoint ? { endpoint: storage.endpoint } : {}),
        forcePathStyle: storage.forcePathStyle,
        // Without keys the SDK's own chain applies (an instance role, AWS_* variables).
        ...(storage.accessKeyId ? { credentials: { accessKeyId: storage.accessKeyId, secretAccessKey: storage.secretAccessKey } } : {}),
        // Checksums only where the API requires them: several S3-compatible stores reject the SDK's default ones.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        // An explicit ACL key stops the provider's default of public-read; undefined sends no ACL header.
        params: { Bucket: storage.bucket, ACL: storage.acl || undefined },
      },
    },
  }
}
