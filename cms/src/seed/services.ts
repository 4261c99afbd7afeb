import type { ServiceFields } from '@agency/shared'

/** The agency's six services, in the order of the site's "I need" menu. */
export const services: ServiceFields[] = [
  {
    title: 'Web Design',
    slug: 'web-design',
    summary:
      'Custom websites that are fast, accessible and mobile-first, built on a CMS your team can update without calling a developer.',
    body: `## What you get

A website designed around your business, your customers and the one or two things you most want visitors to do, whether that's booking a call, requesting a quote or buying online. Every site we build is custom, responsive from the smallest phone to the largest monitor, and built to current accessibility guidelines so it works for everyone who visits.

Behind the scenes, your site runs on a content management system. Your team can edit pages, add news and swap images without touching code or waiting on us.

## How it works

1. **Discovery.** We learn about your business, your audience and your competitors, review your current site and agree on goals and a sitemap.
2. **Design.** We start with wireframes to settle structure and content, then move to full visual designs. You review each stage and we refine until it's right.
3. **Build.** We develop the site with clean, lightweight code, set up the CMS, move your content across and test on real devices and browsers.
4. **Launch.** We handle the domain, hosting, redirects from your old pages and basic search engine setup, then walk your team through the editor.

## After launch

We stay on hand for the first weeks to fix anything that comes up, and we can look after the site long term through our Supporting Services. Scope and price are agreed in writing before design begins, so you know what you're paying for from the start.`,
    icon: 'browser',
    order: 0,
    highlights: [
      {
        title: 'Designed for your customers',
        text: 'Page structure, wording and calls to action are planned around what your visitors need to find and do, not around a template.',
      },
      {
        title: 'Fast and accessible',
        text: 'Lightweight pages that load quickly on mobile connections and follow accessibility guidelines, so more people can use your site comfortably.',
      },
      {
        title: 'Easy to update',
        text: 'A content management system set up for your content, plus a hands-on training session so your team can make changes with confidence.',
      },
      {
        title: 'Clear, fixed scope',
        text: 'A written proposal with deliverables, timeline and price agreed before work starts, and regular check-ins so nothing comes as a surprise.',
      },
    ],
    ctaText: 'Get a free Website Assessment of your current site',
    seo: {
      metaTitle: 'Web Design for Small and Mid-Sized Businesses',
      metaDescription:
        'Custom, mobile-first websites that load fast, meet accessibility guidelines and run on a CMS your team can update. Fixed scope, clear process.',
      noIndex: false,
    },
  },
  {
    title: 'Web Marketing',
    slug: 'web-marketing',
    summary:
      'Search optimisation, paid ads and email campaigns planned around measurable goals, with plain-English reports on what is working.',
    body: `## What you get

A good website only pays off when the right people find it. Our web marketing service brings together search engine optimisation, paid search and social ads, and email marketing, planned as one strategy rather than a set of disconnected tactics.

We focus on the channels that make sense for your business and budget. For a local service company that might mean a well-kept Google Business Profile and a handful of targeted search campaigns. For a business selling online it might mean product page optimisation and regular email campaigns to past customers.

## How it works

1. **Audit.** We review your website, search visibility, current advertising and analytics to understand where you stand and where the easy wins are.
2. **Plan.** We agree on goals you can measure, such as enquiries, bookings or sales, and set out which channels we'll use, what we'll do each month and what it will cost.
3. **Set up tracking.** We make sure analytics and conversion tracking are in place, so every decision is based on real numbers.
4. **Run and improve.** We carry out the work month by month: on-page improvements, content, ad management and campaigns, testing and adjusting as results come in.

## Honest reporting

Each month you receive a short report in plain English: what we did, what changed and what we recommend next. No one can guarantee a top spot on Google, and we won't pretend otherwise. What we can promise is steady, careful work and a clear view of where your money goes.`,
    icon: 'chart',
    order: 1,
    highlights: [
      {
        title: 'One joined-up strategy',
        text: 'Search, ads and email are planned together, so each channel supports the others instead of competing for the same budget.',
      },
      {
        title: 'Goals you can measure',
        text: 'We agree on the results that matter to your business, such as enquiries, bookings or sales, and set up tracking to follow them.',
      },
      {
        title: 'Plain-English reports',
        text: 'A short monthly summary of what we did, what changed and what we suggest next, without jargon or vanity metrics.',
      },
      {
        title: 'Steady, careful improvement',
        text: 'Search and advertising reward consistent work, so we test, measure and adjust month by month rather than chasing quick fixes.',
      },
    ],
    ctaText: 'Find out how visible your site is with a free Website Assessment',
    seo: {
      metaTitle: 'Web Marketing: SEO, Paid Ads and Email Campaigns',
      metaDescription:
        'Search optimisation, paid ads and email marketing planned as one strategy, with clear goals, proper tracking and honest monthly reports.',
      noIndex: false,
    },
  },
  {
    title: 'Logo Design & Branding',
    slug: 'logo-design-branding',
    summary:
      'A distinctive logo and a practical brand identity, with colours, type and guidelines that keep everything you publish consistent.',
    body: `## What you get

Your brand is how people recognise and remember you. We design logos and visual identities that are distinctive, suit your business and work everywhere you need them, from a website header to a van door to a tiny social media avatar.

A typical branding project includes:

- A primary logo, plus simplified and single-colour versions
- A colour palette with values for print and screen
- Typefaces for headings and body text
- Supporting elements such as patterns, icons or photography direction
- A concise brand guidelines document
- Final files in every format you need, organised and ready to use

## How it works

1. **Discovery.** We talk about your business, your customers, your competitors and the impression you want to make. If you have an existing logo, we look at what's worth keeping.
2. **Concepts.** We present a small number of distinct design directions, each explained, so you can see different ways your brand could look.
3. **Refinement.** We develop your chosen direction through focused rounds of feedback until it feels right.
4. **Brand system.** We build out the colours, type and supporting elements, test them in real applications and write the guidelines.

## Refresh or start fresh

Not every business needs a new identity. If your logo has served you well but looks dated or doesn't work on screen, a careful refresh can modernise it while keeping the recognition you've built. We'll give you an honest recommendation either way.`,
    icon: 'pen',
    order: 2,
    highlights: [
      {
        title: 'Built to work everywhere',
        text: 'Every logo is designed and tested at small and large sizes, in colour and in one colour, on screen and in print.',
      },
      {
        title: 'More than a logo',
        text: 'Colours, typefaces and supporting elements form a complete identity, so your website, documents and signage all feel like the same business.',
      },
      {
        title: 'Guidelines you will actually use',
        text: 'A short, practical guide that shows your team and suppliers how to use the brand correctly, without a hundred pages of rules.',
      },
      {
        title: 'Files you own',
        text: 'You receive all final artwork in print and web formats, with full ownership of the finished design.',
      },
    ],
    ctaText: 'See how your brand comes across online with a free Website Assessment',
    seo: {
      metaTitle: 'Logo Design & Branding for Growing Businesses',
      metaDescription:
        'Distinctive logos and complete brand identities: colour palettes, typography and practical guidelines that keep everything you publish consistent.',
      noIndex: false,
    },
  },
  {
    title: 'Graphic Design',
    slug: 'graphic-design',
    summary:
      'Brochures, flyers, signage, presentations and digital graphics designed to match your brand and ready for print or screen.',
    body: `## What you get

Once your brand is in place, it needs to show up consistently in everything you produce. We design the print and digital materials that businesses rely on every day, always in line with your brand and prepared correctly for where they'll be used.

We regularly design:

- Brochures, flyers and leaflets
- Business cards, letterheads and stationery
- Signage, banners and exhibition stands
- Presentations and sales documents
- Menus, price lists and catalogues
- Email headers, web banners and ad graphics

## How it works

1. **Brief.** You tell us what the piece is for, who will see it and what it needs to say. If you're not sure, we'll help you shape the content and structure.
2. **Design.** We create a first design that follows your brand guidelines and present it with a short explanation of our choices.
3. **Revisions.** You give feedback and we refine the design. Each quote includes a set number of revision rounds, agreed up front.
4. **Final files.** We supply print-ready files with the correct bleed, colour settings and resolution, or optimised files for screen. We can also manage printing with trusted suppliers if you prefer.

## Ongoing or one-off

Some clients come to us for a single brochure; others need a steady flow of materials every month. For regular work we can set up a simple retainer with a monthly allowance of design time, so requests get picked up quickly and you always know what you'll spend.`,
    icon: 'palette',
    order: 3,
    highlights: [
      {
        title: 'Consistent with your brand',
        text: 'Every piece follows your colours, typefaces and tone, so your materials look like they come from the same business.',
      },
      {
        title: 'Print-ready files',
        text: 'Artwork prepared with the right bleed, colour profiles and resolution, so what comes back from the printer matches what you approved.',
      },
      {
        title: 'Content support',
        text: 'We can help structure and edit your copy so each piece is clear, easy to scan and focused on one message.',
      },
      {
        title: 'Flexible arrangements',
        text: 'Order individual projects as you need them, or set up a monthly design allowance for a steady flow of work.',
      },
    ],
    ctaText: 'Start with a free Website Assessment of your site and materials',
    seo: {
      metaTitle: 'Graphic Design for Print and Digital Materials',
      metaDescription:
        'Brochures, flyers, signage, presentations and digital graphics designed to match your brand and delivered as print-ready or screen-ready files.',
      noIndex: false,
    },
  },
  {
    title: 'Social Media',
    slug: 'social-media',
    summary:
      'Social media planning, content creation and channel management that keeps your business visible and consistent on the right platforms.',
    body: `## What you get

Posting regularly on social media takes time most small businesses don't have. We help you show up consistently on the platforms your customers actually use, with content that reflects your brand and gives people a reason to follow you.

Depending on what you need, we can take care of:

- Profile setup and clean-up, with consistent branding across every channel
- A monthly content calendar planned around your business
- Post design, captions and short-form video editing
- Scheduling and publishing
- Paid social campaigns to reach new audiences
- Monthly reporting on reach, engagement and traffic to your website

## How it works

1. **Review.** We look at your current profiles, your competitors and your audience, and recommend which platforms deserve your attention. Usually that means doing two or three well rather than all of them thinly.
2. **Strategy.** We agree on goals, content themes, posting frequency and tone of voice, so every post has a purpose.
3. **Create and approve.** Each month we prepare a calendar of posts for you to review. Nothing goes live without your approval.
4. **Publish and learn.** We schedule the content, keep an eye on results and adjust the plan based on what your audience responds to.

## Working together

You know your business best, so we make it easy to share news, photos and ideas with us. We turn them into polished posts and keep your channels active, while you stay in control of what's said in your name.`,
    icon: 'megaphone',
    order: 4,
    highlights: [
      {
        title: 'The right platforms',
        text: 'We recommend where to focus based on your audience and goals, so your effort goes into the channels that matter for your business.',
      },
      {
        title: 'Planned, not improvised',
        text: 'A monthly content calendar with themes and posting dates, prepared in advance and shared with you for approval.',
      },
      {
        title: 'On-brand content',
        text: 'Graphics, captions and video that match your visual identity and tone of voice, so every post is recognisably yours.',
      },
    ],
    ctaText: 'Free Website Assessment: see if your site turns followers into customers',
    seo: {
      metaTitle: 'Social Media Management and Content Creation',
      metaDescription:
        'Social media strategy, content calendars, post design and channel management that keep your business visible and consistent where customers look.',
      noIndex: false,
    },
  },
  {
    title: 'Supporting Services',
    slug: 'supporting-services',
    summary:
      'Hosting, updates, backups, security monitoring, content changes and training that keep your website running smoothly after launch.',
    body: `## What you get

A website needs regular care to stay fast, secure and up to date. Our supporting services take that work off your plate, so you can get on with running your business while we look after the technical side.

Our care plans can include:

- Managed hosting on reliable, well-configured servers
- Software, plugin and security updates, tested before they go live
- Automatic daily backups, stored off-site, with restores when needed
- Uptime and security monitoring, with prompt action if something goes wrong
- SSL certificates, domain renewals and email setup
- Content updates, from text changes to new pages
- Training for your team on the CMS, in person or by video call

## How it works

1. **Health check.** Whether we built your site or not, we start by reviewing its hosting, software versions, backups and security, and fix anything urgent.
2. **Choose a plan.** We recommend a care plan that fits the size of your site and how often it changes, with a clear monthly fee and an agreed number of support hours.
3. **Ongoing care.** We carry out updates and checks on a regular schedule, and you can send us requests by email whenever you need something changed.
4. **Regular summaries.** You receive a short summary of the updates, backups and fixes we've made, along with any recommendations.

## Help when you need it

When something isn't working, you speak to the people who know your site, not a ticket queue. Unused hours can go towards small improvements, so your site keeps getting better over time.`,
    icon: 'lifebuoy',
    order: 5,
    highlights: [
      {
        title: 'Updates and backups handled',
        text: 'We keep your software current and back up your site every day, so a failed update or a mistake is never a disaster.',
      },
      {
        title: 'Security and uptime monitoring',
        text: 'We watch for downtime and security issues and act quickly when something needs attention, often before you would notice.',
      },
      {
        title: 'Changes on request',
        text: 'Send us content updates, new pages or small fixes by email, and we take care of them within your plan.',
      },
      {
        title: 'Training for your team',
        text: 'Practical sessions that show your staff how to update the site themselves, with notes they can refer back to later.',
      },
    ],
    ctaText: 'Book a free Website Assessment, including a health and security check',
    seo: {
      metaTitle: 'Website Hosting, Maintenance and Support Plans',
      metaDescription:
        'Managed hosting, updates, daily backups, security monitoring, content changes and CMS training that keep your website fast and secure after launch.',
      noIndex: false,
    },
  },
]
