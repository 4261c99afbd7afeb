import type { PageFields } from '@agency/shared'
import { assessmentPath, blogPath, contentPagePath, HOME_PAGE_SLUG, homePath, servicesPath, SYSTEM_PAGE_SLUGS, workPath } from '@agency/shared'

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

/** The page whose words open the work page; its list of case studies follows the opening. */
export const WORK_PAGE_SLUG = workPath().slice(1)

/** A list page's opening: its eyebrow, heading and lead. */
const intro = (eyebrow: string, heading: string, lead: string): SeedBlock => ({ __component: 'blocks.hero', eyebrow, heading, lead, compact: true })

/**
 * Every page's words as the site showed them before pages were built from blocks: the home and about
 * pages whole; the list pages' openings and calls to action (their lists come from the content); the
 * thank-you and not-found pages.
 */
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
        compact: false,
      },
      {
        __component: 'blocks.services-grid',
        eyebrow: 'What we do',
        heading: 'Everything your business needs to win online',
        services: [],
        linkLabel: 'Learn more',
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
        __component: 'blocks.selected-work',
        eyebrow: 'Selected work',
        heading: 'What it looks like when it works',
        intro: 'A bakery, a clinic and a builder: three businesses that now win more customers online.',
        caseStudies: [],
        count: 3,
        linkLabel: 'See all our work',
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
      metaTitle: 'A small studio that treats your website as a business tool',
      metaDescription: 'Designers, developers and marketers who build websites to do real work for the businesses that own them.',
      noIndex: false,
    },
    sections: [
      intro('About us', 'A small studio that treats your website as a business tool', 'Designers, developers and marketers who build websites to do real work for the businesses that own them.'),
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
  {
    title: 'Services',
    slug: servicesPath().slice(1),
    seo: { metaTitle: 'Services', metaDescription: 'Web design, web marketing, branding, graphic design, social media and the ongoing care of your site.', noIndex: false },
    sections: [
      intro('Services', 'What we can do for your business', 'Six ways we help businesses get found, look the part and turn visitors into customers. Most clients start with one and add others as they grow.'),
      { __component: 'blocks.services-grid', services: [], linkLabel: 'Learn more' },
      { ...ASSESSMENT_OFFER, heading: 'Not sure where to start? Start with an assessment' },
    ],
  },
  {
    title: 'Our work',
    slug: WORK_PAGE_SLUG,
    seo: { metaTitle: 'Our work', metaDescription: 'Case studies of the websites, brands and marketing we have made for growing businesses, and what changed for them.', noIndex: false },
    sections: [
      intro('Our work', 'Work that earns its keep', 'Websites, brands and marketing we made for growing businesses, and what changed for them afterwards. Choose a service to see the projects that used it.'),
      { ...ASSESSMENT_OFFER, heading: 'Could your website be doing more? Find out for free' },
    ],
  },
  {
    title: 'Blog',
    slug: blogPath().slice(1),
    seo: { metaTitle: 'Blog', metaDescription: 'Practical thinking on web design, marketing, content and social media for growing businesses.', noIndex: false },
    sections: [
      intro('Blog', 'Ideas and advice for growing online', 'Practical thinking on web design, marketing, content and social media, from the people who do the work.'),
    ],
  },
  {
    title: 'Search',
    slug: 'search',
    seo: { metaTitle: 'Search', metaDescription: 'Search the services and articles of the site.', noIndex: true },
    sections: [
      intro('Search', 'Search the site', 'Find the services and articles that cover a topic.'),
    ],
  },
  {
    title: 'FREE Website Assessment',
    slug: assessmentPath().slice(1),
    seo: { metaTitle: 'FREE Website Assessment', metaDescription: 'Tell us about your website and get a free, personal assessment with clear recommendations within two business days.', noIndex: false },
    sections: [
      intro('FREE Website Assessment', 'Find out what your website could be doing better', 'It takes about two minutes. You get an honest, specific look at your site, with no cost and no obligation.'),
      {
        __component: 'blocks.process-steps',
        heading: 'What happens next',
        steps: [
          { icon: 'sparkles', title: 'An automated check, right away', text: 'Our tools check your site\'s speed, search basics, mobile view and security as soon as you send the form.' },
          { icon: 'clock', title: 'A personal review in two business days', text: 'One of our team looks at your site with your goals in mind and writes up what would make the biggest difference.' },
          { icon: 'shield', title: 'Your details stay private', text: 'We use them only to send your assessment and talk to you about it. No mailing lists, no selling, no spam.' },
        ],
      },
      {
        __component: 'blocks.assessment-form',
        heading: 'Tell us about your site',
        nameLabel: 'Your name',
        emailLabel: 'Email',
        companyLabel: 'Company',
        phoneLabel: 'Phone',
        websiteLabel: 'Website address',
        websiteHint: 'The site you would like us to assess.',
        servicesLabel: 'I\'m interested in',
        messageLabel: 'Anything we should know?',
        consentLabel: `I agree that you may store these details and contact me about my assessment. See our [privacy policy](${contentPagePath('privacy')}).`,
        submitLabel: 'Send my assessment request',
        optionalMarker: '(optional)',
      },
    ],
  },
  {
    title: 'Thank you',
    slug: SYSTEM_PAGE_SLUGS.assessmentThankYou,
    seo: { metaTitle: 'Thank you — your assessment request is in', metaDescription: 'What happens next with your FREE Website Assessment.', noIndex: true },
    sections: [
      {
        ...intro('Request received', 'Thank you! Your assessment is on its way', 'There is nothing more you need to do. Here is what happens next.'),
        primaryAction: { label: 'Read the blog', href: blogPath() },
        secondaryAction: { label: 'Explore our services', href: servicesPath() },
      },
      {
        __component: 'blocks.process-steps',
        heading: 'What happens next',
        steps: [
          { icon: 'sparkles', title: 'Right now', text: 'Our tools are checking your site\'s speed, search basics, mobile view and security.' },
          { icon: 'mail', title: 'In a few minutes', text: 'You get an email confirming your request. If it does not arrive, check your spam folder.' },
          { icon: 'clock', title: 'Within two business days', text: 'One of our team reviews the results with your goals in mind and sends you a short, plain-language report.' },
        ],
      },
      {
        __component: 'blocks.rich-text',
        body: `We use your details only to prepare your assessment and talk to you about it. No mailing lists, no selling. The [privacy policy](${contentPagePath('privacy')}) has the details.`,
      },
    ],
  },
  {
    title: 'Page not found',
    slug: SYSTEM_PAGE_SLUGS.notFound,
    seo: { metaTitle: 'We can\'t find that page', noIndex: true },
    sections: [
      {
        ...intro('Error 404', 'We can\'t find that page', 'The page may have moved, or the address may have a typo. These are good places to continue:'),
        primaryAction: { label: 'FREE Website Assessment', href: assessmentPath() },
      },
      {
        __component: 'blocks.rich-text',
        body: `- [Home](${homePath()})\n- [Our services](${servicesPath()})\n- [The blog](${blogPath()})`,
      },
    ],
  },
]
