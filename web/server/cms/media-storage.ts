/** Where the site serves the CMS's media from its own origin (server/routes/uploads). */
export const MEDIA_PATH = '/uploads/'

/** The object storage's public URL the CMS's media are under (NUXT_CMS_MEDIA_URL), without a trailing slash; empty for the CMS's disk. */
export function mediaStorageUrl(): string {
  return String(useRuntimeConfig().cms.mediaUrl ?? '').trim().replace(/\/+$/, '')
}

/** Storage URLs in CMS responses become the site's own /uploads/ path, so pages load media same-origin. */
export function mediaUrlRewrite(): { from: string, to: string } | undefined {
  const storage = mediaStorageUrl()
  return storage ? { from: `${storage}/`, to: MEDIA_PATH } : undefined
}

/** Where the site fetches a file it serves at /uploads/<name>: the object storage when configured, else the CMS. */
export function mediaSource(name: string): string {
  return `${mediaStorageUrl() || `${useRuntimeConfig().cms.url}/uploads`}/${name}`
}
