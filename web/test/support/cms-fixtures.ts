/** Credentials of the development admin the test CMS creates on its first start. */
export const TEST_ADMIN = { email: 'e2e-admin@kestrel.example', password: 'E2e-admin-password-1' }

async function call<T>(url: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
  })
  const body = await response.json().catch(() => null) as T
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}: ${JSON.stringify(body)}`)
  return body
}

/**
 * Logs in as the admin and creates a full-access API token, the way an integrator would get one in the
 * admin panel (Settings → API Tokens).
 */
export async function createFullAccessToken(cmsUrl: string): Promise<string> {
  const login = await call<{ data: { token: string } }>(`${cmsUrl}/admin/login`, {
    method: 'POST',
    body: JSON.stringify(TEST_ADMIN),
  })
  const created = await call<{ data: { accessKey: string } }>(`${cmsUrl}/admin/api-tokens`, {
    method: 'POST',
    token: login.data.token,
    body: JSON.stringify({ name: `e2e-${Date.now()}`, description: 'End-to-end tests', type: 'full-access', lifespan: null }),
  })
  return created.data.accessKey
}

export interface ArticleFixture {
  title: string
  slug: string
  body: string
  publishedDate: string
  categories?: string[]
}

/** Creates and publishes an article through the REST API with an API token. */
export async function publishArticle(cmsUrl: string, token: string, article: ArticleFixture): Promise<void> {
  const categories = await call<{ data: Array<{ documentId: string, slug: string }> }>(`${cmsUrl}/api/categories`)
  const categoryIds = (article.categories ?? [])
    .map(slug => categories.data.find(category => category.slug === slug)?.documentId)
    .filter(id => id !== undefined)
  await call(`${cmsUrl}/api/articles?status=published`, {
    method: 'POST',
    token,
    body: JSON.stringify({
      data: {
        title: article.title,
        slug: article.slug,
        excerpt: `Excerpt of ${article.title}.`,
        body: article.body,
        author: { name: 'Test Writer', role: 'Editor' },
        publishedDate: article.publishedDate,
        categories: categoryIds,
      },
    }),
  })
}

/** Markdown an attacker with editor access might try; none of it may reach a visitor as active content. */
export const HOSTILE_MARKDOWN = `A paragraph with **bold** text and a [safe external link](https://example.org/page).

<script>window.__pwned = true</script>

<img src="/uploads/x.png" onerror="window.__pwned = true" alt="broken">

[click me](javascript:window.__pwned=true)

<a href="JaVaScRiPt:alert(1)">mixed case</a>

<iframe src="https://example.org/embed"></iframe>

<div onclick="window.__pwned = true" style="position:fixed">styled div</div>

<svg><script>window.__pwned = true</script></svg>

<form action="https://example.org/steal"><input name="card"></form>

:button{onclick="window.__pwned=true"}

## A heading that stays
`
