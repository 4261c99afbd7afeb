import type { CaseStudyFields, TestimonialFields } from '@agency/shared'
import type { ArtworkSubject } from './case-study-artwork'
import { brandArtwork, coverArtwork, mobileArtwork } from './case-study-artwork'

/** A picture the seed draws and uploads: its file name (how a re-run finds it) and its description. */
export interface SeedImage {
  name: string
  alternativeText: string
  /** The picture as SVG, rasterised at seed time. */
  svg: () => string
}

/**
 * A case study as the seed writes it: its fields, the services by slug, the client's words (kept as a
 * Testimonial) and its pictures, drawn in code.
 */
export type SeedCaseStudy = CaseStudyFields & {
  services: string[]
  testimonial?: TestimonialFields
  cover: SeedImage
  gallery: SeedImage[]
}

const LOAF_AND_LADLE: ArtworkSubject = {
  palette: { backdrop: '#f3e3c8', primary: '#a4471c', secondary: '#d99a3d', ink: '#2b1d12', paper: '#fffaf1' },
  motif: 'loaves',
}

const TIDEWATER: ArtworkSubject = {
  palette: { backdrop: '#dbe9e6', primary: '#1f6f6a', secondary: '#7cc0b4', ink: '#14302e', paper: '#ffffff' },
  motif: 'movement',
}

const BRACKENRIDGE: ArtworkSubject = {
  palette: { backdrop: '#e2e4e8', primary: '#2f3e56', secondary: '#d9822b', ink: '#1a1f29', paper: '#fbfaf7' },
  motif: 'gables',
}

/**
 * Three projects for clients who do not exist (their addresses are on the reserved `.example` domain),
 * written as the agency would tell them: where the client stood, what was done and what changed.
 */
export const caseStudies: SeedCaseStudy[] = [
  {
    title: 'A neighbourhood bakery takes its pre-orders online',
    slug: 'loaf-and-ladle-online-pre-orders',
    client: 'Loaf & Ladle Bakery',
    industry: 'Food and hospitality',
    year: 2026,
    services: ['web-design', 'logo-design-branding', 'social-media'],
    summary: 'A corner bakery that sold out by ten and took orders by phone now takes weekend pre-orders on a site its team updates every morning.',
    challenge: `Loaf & Ladle bakes sourdough, pastries and two soups a day in a small shop on a busy corner. By ten on a Saturday the shelves were empty, and the phone rang all morning with people asking what was left or wanting a loaf put aside.

Their old website was a single page made years ago: an out-of-date menu, opening hours that no longer applied and a photo of a loaf that had not been on sale since 2021. Orders came by phone, were written on a paper pad and, on busy days, went missing.

The owners wanted three things: fewer calls during the morning rush, a reliable way to take orders for the weekend, and a site that looked as warm as the shop.`,
    approach: `We started behind the counter. Two mornings in the shop showed us which questions customers asked (what's baked today, is it vegan, can I collect at eight) and how orders actually flowed from the phone to the ovens.

**A brand that smells of bread.** We redrew their hand-painted sign as a simple wordmark and picked a palette from the shop itself: the rye crust, the ochre of the tiles, the cream of the paper bags.

**A menu the team updates before opening.** The day's bakes live in the content system as a short list the team ticks on a phone at 6 am. The home page shows what's on the shelves today and what can be pre-ordered for the weekend.

**Pre-orders without a shop system.** Customers choose a collection time and pay on collection; the bakers get one printed list per morning, grouped by bake. No marketplace fees, nothing new to learn.

**Social posts that point somewhere.** We set up a weekly rhythm of photos of the morning's first batch, each linking to the pre-order page.`,
    outcome: `Within three months, weekend pre-orders had replaced most of the Saturday phone calls, and the bakers could plan Friday night's dough from real numbers instead of guesses.

The team updates the menu themselves every morning in under two minutes. The site loads in about a second on a phone, which matters for customers standing at the bus stop opposite.

> "We used to bake for the queue we hoped for. Now we bake for the orders we have, and we sell out later in the day with less waste."`,
    results: [
      { figure: '3×', label: 'weekend pre-orders in three months' },
      { figure: '−70%', label: 'phone calls during the morning rush' },
      { figure: '1.1 s', label: 'to load the menu on a phone' },
    ],
    liveUrl: 'https://loafandladle.example',
    testimonial: {
      quote: 'The new site paid for itself in the first month. Saturday mornings are calm again, and we bake for the orders we have instead of guessing.',
      name: 'Rosa Delgado',
      role: 'Co-owner and head baker',
      company: 'Loaf & Ladle Bakery',
    },
    cover: {
      name: 'case-study-loaf-and-ladle-cover.jpg',
      alternativeText: 'The new Loaf & Ladle website on a laptop and a phone: warm ochre pages with three loaves on a board and an order button.',
      svg: () => coverArtwork(LOAF_AND_LADLE),
    },
    gallery: [
      {
        name: 'case-study-loaf-and-ladle-mobile.jpg',
        alternativeText: 'Three phone screens of the Loaf & Ladle site, each with the day\'s bakes at the top and buttons to pre-order or see the menu.',
        svg: () => mobileArtwork(LOAF_AND_LADLE),
      },
      {
        name: 'case-study-loaf-and-ladle-brand.jpg',
        alternativeText: 'The Loaf & Ladle brand board: a round rust-coloured mark with loaves, and swatches of rust, ochre, dark brown and cream.',
        svg: () => brandArtwork(LOAF_AND_LADLE),
      },
    ],
    seo: {
      metaTitle: 'Loaf & Ladle Bakery: weekend pre-orders online',
      metaDescription: 'How a corner bakery tripled its weekend pre-orders and quietened its phone with a warm new brand and a menu its bakers update every morning.',
      noIndex: false,
    },
  },
  {
    title: 'A physiotherapy clinic fills its diary from search',
    slug: 'tidewater-physiotherapy-online-booking',
    client: 'Tidewater Physiotherapy',
    industry: 'Health and wellbeing',
    year: 2025,
    services: ['web-design', 'web-marketing'],
    summary: 'A three-room clinic whose patients could not find it, or book without calling, now takes most appointments online and ranks for the treatments it offers.',
    challenge: `Tidewater Physiotherapy has four physiotherapists, three treatment rooms and a loyal list of patients who come back for years. New patients were harder to come by: the clinic did not appear for searches such as "physio near me" or "sports massage" in its own town, and its site said little more than a phone number.

Every booking went through reception. Patients calling after work reached voicemail, and many simply booked elsewhere. The clinic already used a booking system for its diary, but nobody outside the building could see it.`,
    approach: `**Pages for what people search for.** We wrote a page for each treatment and condition the clinic sees most (back pain, sports injuries, post-operative rehab, pregnancy-related pain) in plain words, with what a first appointment involves and what it costs.

**Booking on every page.** We connected the site to the clinic's existing booking system, so patients see real free slots and book in three taps, day or night. Reception now confirms bookings instead of taking them.

**Accessible for every patient.** Many patients arrive in pain or recovering from surgery; some use screen magnifiers. We tested the booking journey with a keyboard, a screen reader and large text, and kept every page light enough for a weak signal.

**Local search, done properly.** We cleaned up the clinic's business listings, added structured data for each practitioner and location, and set up a simple monthly report of searches, calls and bookings.`,
    outcome: `Six months after launch, most new patients book online, and many of those bookings are made outside opening hours, when the phone used to go unanswered.

The clinic now appears in the top three local results for its main treatments in its town. Reception spends its time with the patients in front of it, and the physiotherapists know each morning who is coming and why.`,
    results: [
      { figure: '+62%', label: 'new-patient bookings in six months' },
      { figure: '58%', label: 'of appointments booked online' },
      { figure: 'Top 3', label: 'local results for its main treatments' },
    ],
    liveUrl: 'https://tidewaterphysio.example',
    testimonial: {
      quote: 'Patients book at ten at night now, and they arrive knowing what to expect. Our reception desk finally has time to look after the people in the waiting room.',
      name: 'Dr. Anil Mehta',
      role: 'Clinical director',
      company: 'Tidewater Physiotherapy',
    },
    cover: {
      name: 'case-study-tidewater-cover.jpg',
      alternativeText: 'The new Tidewater Physiotherapy website on a laptop and a phone: calm teal pages with a stretching figure and a booking button.',
      svg: () => coverArtwork(TIDEWATER),
    },
    gallery: [
      {
        name: 'case-study-tidewater-mobile.jpg',
        alternativeText: 'Three phone screens of the Tidewater site, each showing a treatment page with a large button to book an appointment.',
        svg: () => mobileArtwork(TIDEWATER),
      },
    ],
    seo: {
      metaTitle: 'Tidewater Physiotherapy: a diary filled from search',
      metaDescription: 'How a three-room physiotherapy clinic grew new-patient bookings by 62% with treatment pages, online booking and local search done properly.',
      noIndex: false,
    },
  },
  {
    title: 'A regional builder wins better jobs with a sharper brand',
    slug: 'brackenridge-builders-rebrand',
    client: 'Brackenridge Builders',
    industry: 'Construction',
    year: 2025,
    services: ['logo-design-branding', 'web-design', 'web-marketing', 'graphic-design'],
    summary: 'A family building firm known by word of mouth now shows its best work, gets found across four towns and receives quote requests with the details it needs.',
    challenge: `Brackenridge Builders has built extensions, loft conversions and new homes across the valley for three generations. Most of its work came from recommendations, which kept the diary full but filled it with small jobs; the larger projects the firm wanted went to competitors with a stronger presence online.

The firm's logo was a clip-art house, its vans carried three different versions of it, and its website showed a handful of blurry photos. Quote requests arrived as one-line emails ("how much for an extension?") that took several calls to turn into an estimate.`,
    approach: `**A brand that looks like the work.** We drew a new mark from the firm's own roofline details, a set of gables in slate and a warm timber orange, and applied it to the vans, site boards, quote documents and the website, so every place a customer meets the firm looks like one company.

**Projects as proof.** We photographed and wrote up twelve finished projects, each with the brief, the build and what it cost in broad terms, grouped by the kind of work customers search for.

**A quote form that asks the right questions.** The form asks about the type of project, the rough size, the timeframe and the budget band, with plain help text, so the estimator can reply with a first figure instead of a round of calls.

**Found in every town it works in.** We wrote a page for each of the four towns the firm builds in, with projects nearby, and ran a modest search campaign for the larger project types during planning season.`,
    outcome: `In the year after the relaunch, quote requests rose by more than a third, and a far larger share of them were for extensions and new builds rather than small repairs.

Because requests now arrive with the details that matter, the estimator replies within a day instead of a week. The firm has since taken on two more site managers to keep up with the work.`,
    results: [
      { figure: '+38%', label: 'quote requests in the first year' },
      { figure: '2.4×', label: 'enquiries for extensions and new builds' },
      { figure: '1 day', label: 'to reply with a first estimate' },
    ],
    liveUrl: 'https://brackenridgebuilders.example',
    cover: {
      name: 'case-study-brackenridge-cover.jpg',
      alternativeText: 'The new Brackenridge Builders website on a laptop and a phone: slate blue pages with a row of houses, one shown as a timber frame.',
      svg: () => coverArtwork(BRACKENRIDGE),
    },
    gallery: [
      {
        name: 'case-study-brackenridge-brand.jpg',
        alternativeText: 'The Brackenridge Builders brand board: a round slate-blue mark of three gables, with swatches of slate, timber orange, charcoal and off-white.',
        svg: () => brandArtwork(BRACKENRIDGE),
      },
      {
        name: 'case-study-brackenridge-mobile.jpg',
        alternativeText: 'Three phone screens of the Brackenridge site, each showing houses above a heading and a button to request a quote.',
        svg: () => mobileArtwork(BRACKENRIDGE),
      },
    ],
    seo: {
      metaTitle: 'Brackenridge Builders: a sharper brand, better jobs',
      metaDescription: 'How a family building firm raised quote requests by 38% and won larger projects with a new brand, project write-ups and a smarter quote form.',
      noIndex: false,
    },
  },
]
