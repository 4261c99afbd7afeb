import type { Global, PageBlock, PageDocument } from '@agency/shared'
import { assessmentPath, HOME_PAGE_SLUG, servicesPath } from '@agency/shared'

/**
 * The home page while the CMS has no page with the home slug: the site's original home, written as
 * blocks, with its headline and main action from the global settings. Remove this file (and its one
 * use in server/cms/site-reads.ts) once every CMS the site runs against carries a home page.
 */
export function homeFallback(global: Global): PageDocument {
  const sections = [
    {
      __component: 'blocks.hero',
      id: 1,
      eyebrow: 'Web design & marketing for growing businesses',
      heading: global.tagline,
      lead: 'We design fast, accessible websites and run the marketing that fills them with customers. Start with a free, honest look at the site you have today.',
      primaryAction: { label: global.cta.label, href: global.cta.href },
      secondaryAction: { label: 'See our services', href: servicesPath() },
      image: null,
    },
    {
      __component: 'blocks.services-grid',
      id: 1,
      eyebrow: 'What we do',
      heading: 'Everything your business needs to win online',
      services: [],
    },
    {
      __component: 'blocks.process-steps',
      id: 1,
      eyebrow: 'How we work',
      heading: 'A simple process, with no surprises',
      steps: [
        { title: 'Assess', text: 'We start by looking hard at where you are: your site, your search presence, your competitors and the customers you want more of.' },
        { title: 'Plan', text: 'You get a clear plan in plain language: what to build or fix first, what it costs, and how we will know it worked.' },
        { title: 'Build', text: 'Design and development in short, visible steps. You review real pages early, not a big reveal at the end.' },
        { title: 'Grow', text: 'After launch we measure, improve and market what we built, so the site keeps earning its keep.' },
      ],
    },
    {
      __component: 'blocks.latest-articles',
      id: 1,
      eyebrow: 'Latest thinking',
      heading: 'From the blog',
      count: 3,
      category: null,
      linkLabel: 'All articles',
    },
    {
      __component: 'blocks.cta-banner',
      id: 1,
      heading: 'Find out what your website could be doing better',
      action: { label: 'Get your FREE Website Assessment', href: assessmentPath() },
    },
  ] satisfies PageBlock[]
  return {
    id: 0,
    documentId: `fallback-${HOME_PAGE_SLUG}`,
    createdAt: global.createdAt,
    updatedAt: global.updatedAt,
    title: global.agencyName,
    slug: HOME_PAGE_SLUG,
    seo: {
      metaTitle: global.defaultSeo.metaTitle ?? global.agencyName,
      metaDescription: global.defaultSeo.metaDescription ?? global.tagline,
    },
    sections,
  }
}
