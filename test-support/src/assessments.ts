import crypto from 'node:crypto'

/** A random visitor address (sent as X-Forwarded-For), so each caller gets its own rate-limit budget. */
export function randomVisitorIp(): string {
  return `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`
}

/** Fields of a valid assessment request with `formToken`, as the site's form script sends them; a new email and idempotency key each time. */
export function assessmentFields(formToken: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Katherine Johnson',
    email: `k.johnson+${crypto.randomUUID().slice(0, 8)}@example.com`,
    company: 'Orbital Mechanics LLC',
    websiteUrl: 'orbital.example',
    services: ['web-marketing'],
    message: 'We would like more enquiries from the website.',
    consent: 'true',
    formToken,
    idempotencyKey: crypto.randomUUID(),
    nickname: '',
    ...overrides,
  }
}

/** A form token issued by the site, as its form script asks for one (`GET /api/assessments/form`). */
export async function requestFormToken(siteUrl: string): Promise<string> {
  const response = await fetch(`${siteUrl}/api/assessments/form`)
  if (!response.ok)
    throw new Error(`The site's form answered ${response.status}`)
  return (await response.json() as { formToken: string }).formToken
}

export async function postAssessment(siteUrl: string, fields: unknown, visitorIp = randomVisitorIp()): Promise<{ status: number, retryAfter: string | null, body: { status?: string, message?: string, fieldErrors?: Record<string, string> } }> {
  const response = await fetch(`${siteUrl}/api/assessments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': visitorIp },
    body: JSON.stringify(fields),
  })
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json().catch(() => ({})) as never }
}

/** How many stored submissions match a filter, read with a full-access API token like a CRM would. */
export async function countSubmissions(cmsUrl: string, token: string, filters: Record<string, string>): Promise<number> {
  const query = new URLSearchParams({ 'pagination[pageSize]': '1' })
  for (const [field, value] of Object.entries(filters))
    query.set(`filters[${field}][$eq]`, value)
  const response = await fetch(`${cmsUrl}/api/assessment-submissions?${query}`, { headers: { Authorization: `Bearer ${token}` } })
  const body = await response.json() as { meta: { pagination: { total: number } } }
  return body.meta.pagination.total
}

/** Runs `task` over `items`, at most `concurrency` at a time. */
export async function inBatches<T, R>(items: T[], concurrency: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = Array.from({ length: items.length })
  let next = 0
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index] as T, index)
    }
  }))
  return results
}
