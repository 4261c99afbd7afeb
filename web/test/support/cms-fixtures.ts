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

/** A 1×1 PNG, uploaded where a block needs an image. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

/** Uploads an image to the media library with its alternative text; answers its id. */
export async function uploadImage(cmsUrl: string, token: string, name: string, alternativeText: string): Promise<number> {
  const form = new FormData()
  form.append('files', new Blob([PNG], { type: 'image/png' }), `${name}.png`)
  form.append('fileInfo', JSON.stringify({ alternativeText }))
  const response = await fetch(`${cmsUrl}/api/upload`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form })
  if (!response.ok)
    throw new Error(`Uploading ${name} answered ${response.status}: ${await response.text()}`)
  const [file] = await response.json() as Array<{ id: number }>
  return file?.id ?? 0
}

/**
 * Publishes a page that carries one block of every kind the site knows, with a testimonial and
 * images described for screen readers: the page the accessibility suite checks blocks on.
 */
export async function publishEveryBlockPage(cmsUrl: string, token: string, slug: string): Promise<void> {
  const [services, categories] = await Promise.all([
    cmsRequest<{ data: Array<{ documentId: string }> }>(`${cmsUrl}/api/services`),
    cmsRequest<{ data: Array<{ documentId: string }> }>(`${cmsUrl}/api/categories`),
  ])
  const [photo, team, logo] = await Promise.all([
    uploadImage(cmsUrl, token, 'maria', 'Maria Lopez, smiling, in her bakery'),
    uploadImage(cmsUrl, token, 'team', 'Six people around a table sketching a website'),
    uploadImage(cmsUrl, token, 'harbor-bakery-logo', 'Harbor Bakery'),
  ])
  const testimonial = await cmsRequest<{ data: { documentId: string } }>(`${cmsUrl}/api/testimonials?status=published`, {
    method: 'POST',
    token,
    body: JSON.stringify({ data: { quote: 'They rebuilt our site in six weeks and the phone has not stopped ringing.', name: 'Maria Lopez', role: 'Owner', company: 'Harbor Bakery', photo } }),
  })
  await cmsRequest(`${cmsUrl}/api/pages?status=published`, {
    method: 'POST',
    token,
    body: JSON.stringify({
      data: {
        title: 'Every block',
        slug,
        sections: [
          { __component: 'blocks.hero', eyebrow: 'Blocks', heading: 'Every kind of block on one page', lead: 'What editors can stack.', primaryAction: { label: 'Start', href: '/free-website-assessment' }, secondaryAction: { label: 'Services', href: '/services' }, compact: false },
          { __component: 'blocks.rich-text', heading: 'Rich text', body: 'Text with a [link](/blog), **bold** words and a list:\n\n- one\n- two' },
          { __component: 'blocks.services-grid', heading: 'Chosen services', services: services.data.slice(0, 2).map(service => service.documentId) },
          { __component: 'blocks.latest-articles', heading: 'Latest articles', count: 2, category: categories.data[0]?.documentId, linkLabel: 'All articles' },
          { __component: 'blocks.process-steps', eyebrow: 'How', heading: 'Process steps', steps: [{ title: 'Assess', text: 'We look.' }, { title: 'Build', text: 'We make.' }] },
          { __component: 'blocks.faq', heading: 'Questions', items: [{ question: 'How long does a site take?', answer: 'Six to ten weeks.' }, { question: 'Who owns it?', answer: 'You do.' }] },
          { __component: 'blocks.testimonials', heading: 'What clients say', testimonials: [testimonial.data.documentId] },
          { __component: 'blocks.figures', heading: 'In numbers', figures: [{ value: '120', label: 'sites launched' }, { value: '+38%', label: 'more enquiries' }] },
          { __component: 'blocks.cta-banner', eyebrow: 'Free', heading: 'Ready to talk?', text: 'Tell us about your business.', points: 'No cost\nNo obligation', action: { label: 'Get in touch', href: '/free-website-assessment' } },
          { __component: 'blocks.image-text', heading: 'Made by people', body: 'A small team that does the work.', image: team, imageOnRight: false },
          { __component: 'blocks.client-logos', heading: 'Clients', logos: [logo] },
          { __component: 'blocks.selected-work', eyebrow: 'Work', heading: 'Selected work', intro: 'Two projects we are proud of.', count: 2, linkLabel: 'All our work' },
          { __component: 'blocks.assessment-form', consentLabel: 'I agree that you may contact me. See our [privacy policy](/privacy).' },
        ],
      },
    }),
  })
}
