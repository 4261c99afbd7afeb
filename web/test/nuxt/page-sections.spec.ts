import type { Article, CaseStudy, Media, PageBlock, Service } from '@agency/shared'
import type { MDCRoot } from '@nuxtjs/mdc'
import type { BlockView, PageView } from '~~/shared/types/page-view'
import { articleSchema, caseStudySchema, PAGE_BLOCKS, pageBlockSchema, serviceSchema } from '@agency/shared'
import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import PageSections from '~/components/page/PageSections.vue'

const meta = { id: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' }
const media = (name: string): Media => ({ id: 1, documentId: `m-${name}`, url: `/uploads/${name}.png`, alternativeText: `The ${name}`, width: 800, height: 450 })
const prose = (text: string): MDCRoot => ({ type: 'root', children: [{ type: 'element', tag: 'p', props: {}, children: [{ type: 'text', value: text }] }] })

const service: Service = serviceSchema.parse({ ...meta, documentId: 's1', title: 'Web design', slug: 'web-design', summary: 'Sites that sell.', body: 'Body.', icon: 'browser', order: 1, highlights: [], ctaText: 'Ask us' })
const article: Article = articleSchema.parse({ ...meta, documentId: 'a1', title: 'Why speed matters', slug: 'why-speed-matters', excerpt: 'Fast sites sell.', body: 'Body.', author: { name: 'Sam' }, publishedDate: '2026-01-01', categories: [], readingTimeMinutes: 3 })
const caseStudy: CaseStudy = caseStudySchema.parse({
  ...meta,
  documentId: 'k1',
  title: 'A bakery takes pre-orders online',
  slug: 'loaf-and-ladle',
  client: 'Loaf & Ladle Bakery',
  industry: 'Food',
  year: 2026,
  summary: 'Weekend pre-orders tripled.',
  challenge: 'Calls.',
  approach: 'A site.',
  outcome: 'Calm.',
  results: [{ id: 1, figure: '3×', label: 'weekend pre-orders' }],
  services: [{ documentId: 's1', slug: 'web-design', title: 'Web design' }],
  cover: media('bakery-site'),
  gallery: null,
})

/** One block of every kind, as the CMS sends them: each is checked against the shared schema. */
const blocks: PageBlock[] = [
  { __component: 'blocks.hero', id: 1, eyebrow: 'Studio', heading: 'Websites that win customers', lead: 'We design and market.', primaryAction: { label: 'Get started', href: '/free-website-assessment' }, compact: false },
  { __component: 'blocks.rich-text', id: 1, heading: 'Our approach', body: 'Plain words.' },
  { __component: 'blocks.services-grid', id: 1, heading: 'What we do', services: [{ documentId: 's1', slug: 'web-design', title: 'Web design' }], linkLabel: 'Learn more' },
  { __component: 'blocks.latest-articles', id: 1, heading: 'From the blog', count: 3, linkLabel: 'All articles' },
  { __component: 'blocks.process-steps', id: 1, heading: 'How we work', steps: [{ title: 'Assess', text: 'We look.' }, { title: 'Build', text: 'We make.' }] },
  { __component: 'blocks.faq', id: 1, heading: 'Questions', items: [{ question: 'How long?', answer: 'Six weeks.' }] },
  { __component: 'blocks.testimonials', id: 1, heading: 'What clients say', testimonials: [{ ...meta, documentId: 't1', quote: 'They doubled our leads.', name: 'Ana', role: 'Owner', company: 'Bakery', photo: media('ana') }] },
  { __component: 'blocks.figures', id: 1, heading: 'In numbers', figures: [{ value: '120', label: 'Sites launched' }] },
  { __component: 'blocks.cta-banner', id: 1, heading: 'Ready to talk?', text: 'Tell us about your business.', action: { label: 'Contact us', href: '/contact' } },
  { __component: 'blocks.image-text', id: 1, heading: 'Made by people', body: 'A small team.', image: media('team'), imageOnRight: false },
  { __component: 'blocks.client-logos', id: 1, heading: 'Clients', logos: [media('bakery')] },
  { __component: 'blocks.selected-work', id: 1, heading: 'Selected work', caseStudies: [], count: 3, linkLabel: 'See all our work' },
].map(block => pageBlockSchema.parse(block))

/** The blocks as the site's server hands them to the page (server/pages/page-view.ts). */
function view(block: PageBlock): BlockView {
  switch (block.__component) {
    case 'blocks.rich-text':
    case 'blocks.image-text':
      return { ...block, bodyTree: prose(block.body) }
    case 'blocks.faq':
      return { ...block, items: block.items.map(item => ({ ...item, answerTree: prose(item.answer), answerText: item.answer })) }
    case 'blocks.services-grid':
      return { ...block, items: [service] }
    case 'blocks.latest-articles':
      return { ...block, articles: [article] }
    case 'blocks.selected-work':
      return { ...block, items: [caseStudy] }
    default:
      return block
  }
}

const page = (sections: PageBlock[]): PageView => ({ ...meta, documentId: 'p1', title: 'Everything we do', slug: 'everything', seo: null, sections: sections.map(view) })

async function headingsOf(sections: PageBlock[]) {
  const wrapper = await mountSuspended(PageSections, { props: { page: page(sections) } })
  return { html: wrapper.html(), headings: wrapper.findAll('h1, h2, h3, h4, h5, h6').map(heading => ({ level: Number(heading.element.tagName[1]), text: heading.text() })) }
}

/** True when no heading goes more than one level deeper than the one before it. */
const inOrder = (levels: number[]) => levels.every((level, index) => index === 0 || level <= (levels[index - 1] ?? 0) + 1)

describe('a page built from every kind of block', () => {
  it('covers every block the site knows but the assessment form, which the e2e suites render with a live form', () => {
    expect(new Set(blocks.map(block => block.__component))).toEqual(new Set(PAGE_BLOCKS.filter(name => name !== 'blocks.assessment-form')))
  })

  it('has exactly one h1, the opening hero\'s heading, and headings in order', async () => {
    const { headings } = await headingsOf(blocks)
    expect(headings.filter(heading => heading.level === 1)).toEqual([{ level: 1, text: 'Websites that win customers' }])
    expect(headings[0]?.level).toBe(1)
    expect(inOrder(headings.map(heading => heading.level))).toBe(true)
    for (const block of blocks.slice(1))
      expect(headings).toContainEqual({ level: 2, text: 'heading' in block ? block.heading : '' })
  })

  it('has the page\'s title as its one h1 when the hero is not first, every block heading an h2', async () => {
    const { headings } = await headingsOf([...blocks.slice(1), blocks[0] as PageBlock])
    expect(headings.filter(heading => heading.level === 1)).toEqual([{ level: 1, text: 'Everything we do' }])
    expect(headings).toContainEqual({ level: 2, text: 'Websites that win customers' })
    expect(inOrder(headings.map(heading => heading.level))).toBe(true)
  })

  it('renders what each block carries', async () => {
    const { html } = await headingsOf(blocks)
    for (const text of ['Plain words.', 'Web design', 'Why speed matters', 'Assess', 'Six weeks.', 'They doubled our leads.', 'Sites launched', 'Tell us about your business.', 'A small team.', 'A bakery takes pre-orders online', 'weekend pre-orders', 'See all our work'])
      expect(html).toContain(text)
    expect(html).toContain('alt="The bakery-site"')
    expect(html).toMatch(/href="\/work\/loaf-and-ladle"/)
    expect(html).toContain('alt="The bakery"')
    expect(html).toMatch(/href="\/contact"/)
  })

  it('shows its title and says it has no content yet when it has no blocks', async () => {
    const { html, headings } = await headingsOf([])
    expect(headings).toEqual([{ level: 1, text: 'Everything we do' }])
    expect(html).toContain('This page has no content yet.')
  })
})
