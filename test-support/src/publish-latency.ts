import { setTimeout as delay } from 'node:timers/promises'

export interface PublishTarget {
  cmsUrl: string
  token: string
  /** Each site process (or site) that must show the change. */
  siteUrls: string[]
  /** The article edited and published, as the site shows it at /blog/<slug>. */
  slug: string
}

/** Longer than any publish should take, so that a missed purge fails rather than hangs. */
const GIVE_UP_MS = 30_000

async function articleDocumentId({ cmsUrl, slug }: PublishTarget): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/articles?filters[slug][$eq]=${encodeURIComponent(slug)}&fields[0]=title`)
  const body = await response.json() as { data: Array<{ documentId: string }> }
  const found = body.data[0]
  if (!found)
    throw new Error(`No published article "${slug}" to edit`)
  return found.documentId
}

/** Milliseconds from `started` until `pageUrl` shows `marker`. */
async function visibleAfter(pageUrl: string, marker: string, started: number): Promise<number> {
  while (!(await fetch(pageUrl).then(page => page.text())).includes(marker)) {
    if (performance.now() - started > GIVE_UP_MS)
      throw new Error(`The site did not show the published change within ${GIVE_UP_MS / 1000} s (${pageUrl})`)
    await delay(5)
  }
  return performance.now() - started
}

/**
 * Milliseconds from an editor's publish request until each site's cached article page shows the change,
 * `times` times, per site (`[site][attempt]`): the CMS's webhook purges the sites' cache, and the next
 * request renders afresh.
 */
export async function publishToVisible(target: PublishTarget, times = 5): Promise<number[][]> {
  const documentId = await articleDocumentId(target)
  const pageUrls = target.siteUrls.map(siteUrl => `${siteUrl}/blog/${target.slug}`)
  const latencies: number[][] = pageUrls.map(() => [])
  for (let attempt = 1; attempt <= times; attempt++) {
    await Promise.all(pageUrls.map(pageUrl => fetch(pageUrl).then(response => response.text())))
    const marker = `Edition ${Date.now().toString(36)}-${attempt}`
    const started = performance.now()
    const response = await fetch(`${target.cmsUrl}/api/articles/${documentId}?status=published`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'Authorization': `Bearer ${target.token}` },
      body: JSON.stringify({ data: { excerpt: `${marker}: what we learned.` } }),
    })
    if (!response.ok)
      throw new Error(`Publishing answered ${response.status}: ${await response.text()}`)
    const visible = await Promise.all(pageUrls.map(pageUrl => visibleAfter(pageUrl, marker, started)))
    visible.forEach((milliseconds, site) => latencies[site]?.push(milliseconds))
  }
  return latencies
}
