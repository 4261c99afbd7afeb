import type { PageFields } from '@agency/shared'
import { assessmentPath, HOME_PAGE_SLUG, servicesPath } from '@agency/shared'

/** A block as an editor writes it: its component name and fields, relations named by slug. */
export type SeedBlock = { __component: string } & Record<string, unknown>

export type SeedPage = PageFields & { sections: SeedBlock[] }

const ASSESSMENT_OFFER: SeedBlock = {
  __component: 'blocks.cta-banner',
  eyebrow: 'Free, in two business days',
  heading: 'Find out what your website could be doing better',
  points: 'A real review by a person, not just a robot\nClear, prioritised recommendations\nNo cost, no obligation',
  action: { label: 'Get your FREE Website Assessment', href: assessmentPath() },
}

/** The home page and the about page as the site showed them before pages were built from blocks. */
export const pages: SeedPage[] = [
  {
    title: 'Home',
    slug: HOME_PAGE_SLUG,
    sections: [
      {
        __component: 'blocks.hero',
        eyebrow: 'Web design & marketing for growing businesses',
        heading: 'Websites and marketing that bring in business.',
        lead: 'We design fast, accessible websites and run the marketing that fills them with customers. Start with a free, honest look at the site you have today.',
        primaryAction: { label: 'FREE Website Assessment', href: assessmentPath() },
        secondaryAction: { label: 'See our services', href: servicesPath() },
      },
      {
        __component: 'blocks.services-grid',
        eyebrow: 'What we do',
        heading: 'Everything your business needs to win online',
        services: [],
      },
      {
        __component: 'blocks.process-steps',
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
        eyebrow: 'Latest thinking',
        heading: 'From the blog',
        count: 3,
        linkLabel: 'All articles',
      },
      ASSESSMENT_OFFER,
    ],
  },
  {
    title: 'About us',
    slug: 'about',
    seo: {
      metaTitle: 'About us',
      metaDescription: 'Designers, developers and marketers who build websites to do real work for the businesses that own them.',
      noIndex: false,
    },
    sections: [
      {
        __component: 'blocks.hero',
        eyebrow: 'About us',
        heading: 'A small studio that treats your website as a business tool',
        lead: 'Designers, developers and marketers who build websites to do real work for the businesses that own them.',
      },
      {
        __component: 'blocks.rich-text',
        body: `We are a small team of designers, developers and marketers. We started the studio because we kept meeting business owners who had paid for a good-looking website that did very little for them: it was slow, hard to find in search, awkward on a phone and impossible to update without calling someone.

So we work the other way round. Before we talk about colours and layouts, we ask what the website is for: more enquiries, more bookings, more sales, fewer phone calls asking the same question. Then we design, build and market towards that, and we measure whether it worked.`,
      },
      {
        __component: 'blocks.rich-text',
        heading: 'What we believe',
        body: `**Fast and accessible is not optional.** A site that loads slowly or shuts people out loses customers quietly. Every site we build is tested on real phones and against accessibility guidelines.

**You should own your site.** You get the accounts, the files and a content system your team can use. If you ever want to move on, nothing is held hostage.

**Plain language beats jargon.** You will always know what we are doing, why, and what it costs, before we do it.

**Small is a feature.** You talk to the people doing the work. There are no account managers relaying messages.`,
      },
      {
        __component: 'blocks.rich-text',
        heading: 'Who we work with',
        body: 'Most of our clients are small and mid-sized businesses: professional services, trades, clinics, shops, non-profits and local organisations. Some need a new website; some need more people to find the one they have; many need both, one step at a time.',
      },
      {
        __component: 'blocks.rich-text',
        heading: 'How to start',
        body: `The easiest first step is a [FREE Website Assessment](${assessmentPath()}). We will look at your current site and tell you honestly what is working, what is not, and what we would do first. If we are not the right fit, we will say so.`,
      },
      ASSESSMENT_OFFER,
    ],
  },
]
