import { cmsRequest } from '@agency/test-support/cms-api'

export interface ArticleFixture {
  title: string
  slug: string
  body: string
  publishedDate: string
  categories?: string[]
}

/** Creates and publishes an article through the REST API with an API token. */
export async function publishArticle(cmsUrl: string, token: string, article: ArticleFixture): Promise<void> {
  const categories = await cmsRequest<{ data: Array<{ documentId: string, slug: string }> }>(`${cmsUrl}/api/categories`)
  const categoryIds = (article.categories ?? [])
    .map(slug => categories.data.find(category => category.slug === slug)?.documentId)
    .filter(id => id !== undefined)
  await cmsRequest(`${cmsUrl}/api/articles?status=published`, {
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
