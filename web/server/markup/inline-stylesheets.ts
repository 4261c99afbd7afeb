const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const trimSlashes = (path: string) => path.replace(/^\/+|\/+$/g, '')

export interface AssetLocation {
  /** `app.baseURL`: where the site is served from. */
  baseURL: string
  /** `app.buildAssetsDir`: the folder of built files under it (`/_nuxt/` by default). */
  buildAssetsDir: string
  /** `app.cdnURL`: where browsers fetch built files from, when not from the site itself. */
  cdnURL?: string
}

/**
 * The stylesheet links Nuxt writes into a page's head, and the local path each file is served at: links
 * point at the CDN when `cdnURL` is set, while this server still serves the files under its own base.
 */
export function stylesheetLinks(head: string, { baseURL, buildAssetsDir, cdnURL }: AssetLocation): Array<{ link: string, localPath: string }> {
  const assets = trimSlashes(buildAssetsDir)
  const publicPrefix = `${(cdnURL || baseURL).replace(/\/+$/, '')}/${assets}/`
  const localPrefix = `/${[trimSlashes(baseURL), assets].filter(Boolean).join('/')}/`
  const pattern = new RegExp(`<link rel="stylesheet" href="${escapeRegExp(publicPrefix)}([^"]+\\.css)"[^>]*>`, 'g')
  return [...head.matchAll(pattern)].map(([link, file]) => ({ link, localPath: `${localPrefix}${file}` }))
}

/** Replaces each stylesheet link with the stylesheet itself; a link whose file cannot be read stays. */
export async function inlineStylesheets(head: string, location: AssetLocation, read: (localPath: string) => Promise<string | undefined>): Promise<string> {
  let inlined = head
  for (const { link, localPath } of stylesheetLinks(head, location)) {
    const css = await read(localPath)
    if (css !== undefined)
      inlined = inlined.replace(link, `<style>${css.replaceAll('</style', '<\\/style')}</style>`)
  }
  return inlined
}
