import { setTimeout as delay } from 'node:timers/promises'

export interface PublishTarget {
  cmsUrl: string
  token: string
  siteUrl: string
  /** The article edited and published, as the site shows it at /blog/<slug>. */
  slug: string
}

async function articleDocumentId({ cmsUrl, slug }: PublishTarget): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/articles?filters[slug][$eq]=${encodeURIComponent(slug)}&fields[0]=title`)
  const body = await response.json() as { data: Array<{ documentId: string }> }
  const found = body.data[0]
  if (!found)
    throw new Error(`No published article "${slug}" to edit`)
  return found.documentId
}

/**
 * Milliseconds from an editor's publish request until the site's cached article page shows the change,
 * `times` times: the CMS's webhook purges the site's cache, and the next request renders afresh.
 */
export async function publishToVisible(target: PublishTarget, times = 5): Promise<number[]> {
  const documentId = await articleDocumentId(target)
  const pageUrl = `${target.siteUrl}/blog/${target.slug}`
  const latencies: number[] = []
  for (let attempt = 1; attempt <= times; attempt++) {
    await fetch(pageUrl).then(response => response.text())
    const marker = `Edition ${Date.now().toString(36)}-${attempt}`
    const started = performance.now()
    const response = await fetch(`${target.cmsUrl}/api/articles/${documentId}?status=published`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'Authorization': `Bearer ${target.token}` },
      body: JSON.stringify({ data: { excerpt: `${marker}: what we learned.` } }),
    })
    if (!response.ok)
      throw new Error(`Publishing answered ${response.status}: ${await response.text()}`)
    while (!(await fetch(pageUrl).then(page => page.text())).includes(marker)) {
      if (performance.now() - started > 30_000)
        throw new Error(`The site did not show the published change within 30 s (${pageUrl})`)
      await delay(5)
    }
    latencies.push(performance.now() - started)
  }
  return latencies
}
