/** What an editor reads above a field, under it, and inside it while it is empty. */
export interface FieldLabel {
  label: string
  description?: string
  placeholder?: string
}

const SEO_AND_SLUG = {
  slug: { label: 'Address (slug)', description: 'The last part of the page\'s address, in lowercase words joined by hyphens. Changing it changes the address: links to the old one stop working.', placeholder: 'web-design' },
  seo: { label: 'Search and sharing', description: 'How the page appears in search results and when shared. Empty fields fall back to the title, the summary and the site defaults.' },
} satisfies Record<string, FieldLabel>

/** The publish and unpublish times of the types editors may schedule (scheduling/scheduled-types.ts). */
const SCHEDULE = {
  publishAt: { label: 'Publish at', description: 'The draft is published at this time, in your time zone, within a minute: save it and leave it as a draft. The time is emptied once it is live. Empty: published when you publish it.' },
  unpublishAt: { label: 'Unpublish at', description: 'The published entry is taken off the site at this time, in your time zone, within a minute. Must be later than "Publish at". Empty: stays online.' },
} satisfies Record<string, FieldLabel>

/** The fields Strapi adds to every content type, as list columns and in the edit view's sidebar. */
export const SYSTEM_FIELD_LABELS: Record<string, FieldLabel> = {
  createdAt: { label: 'Created' },
  updatedAt: { label: 'Last edited' },
  publishedAt: { label: 'Published' },
}

/** Labels of every field of every content type and component editors see, by model and attribute. */
export const FIELD_LABELS: Record<string, Record<string, FieldLabel>> = {
  'api::article.article': {
    title: { label: 'Title', placeholder: 'What the article is about, in a few words' },
    slug: SEO_AND_SLUG.slug,
    excerpt: { label: 'Summary', description: 'One or two sentences shown in lists, feeds and search results.' },
    body: { label: 'Article text', description: 'Markdown: ## for headings, > for quotes, [text](address) for links.' },
    cover: { label: 'Cover image', description: 'Shown at the top of the article and when it is shared. At least 1200 × 630 pixels.' },
    author: { label: 'Author' },
    categories: { label: 'Categories', description: 'The blog\'s topics this article appears under.' },
    publishedDate: { label: 'Date shown', description: 'The date readers see and the blog sorts by. Publishing does not change it.' },
    seo: SEO_AND_SLUG.seo,
    ...SCHEDULE,
  },
  'api::page.page': {
    title: { label: 'Title', description: 'The page\'s name in the admin, the browser tab and search results; the heading too when the page does not start with a hero.', placeholder: 'About us' },
    slug: { ...SEO_AND_SLUG.slug, description: `${SEO_AND_SLUG.slug.description} The page with the address "home" is the home page.`, placeholder: 'about' },
    sections: { label: 'Sections', description: 'The blocks of the page, top to bottom. Drag them to reorder.' },
    seo: SEO_AND_SLUG.seo,
    ...SCHEDULE,
  },
  'api::testimonial.testimonial': {
    quote: { label: 'Quote', description: 'What the client said, without quotation marks; up to 600 characters.' },
    name: { label: 'Name', placeholder: 'Maria Lopez' },
    role: { label: 'Role', placeholder: 'Owner' },
    company: { label: 'Company', placeholder: 'Harbor Bakery' },
    photo: { label: 'Photo', description: 'A square portrait, at least 160 × 160 pixels. Describe it in its alternative text.' },
  },
  'api::service.service': {
    title: { label: 'Service name', placeholder: 'Web Design' },
    slug: SEO_AND_SLUG.slug,
    summary: { label: 'One-line summary', description: 'Shown on the service\'s card on the home and services pages.' },
    body: { label: 'Description', description: 'Markdown: what the client gets and how it works.' },
    icon: { label: 'Icon', description: 'The picture on the service\'s card.' },
    order: { label: 'Position', description: 'Services are listed from the lowest number up.' },
    highlights: { label: 'Highlights', description: 'Short points shown beside the description.' },
    ctaText: { label: 'Button text', description: 'The words on the assessment button at the end of the page.', placeholder: 'Get your FREE Website Assessment' },
    seo: SEO_AND_SLUG.seo,
    ...SCHEDULE,
  },
  'api::category.category': {
    name: { label: 'Name', placeholder: 'Social Media' },
    slug: SEO_AND_SLUG.slug,
    description: { label: 'Description', description: 'Shown at the top of the category\'s page.' },
    articles: { label: 'Articles' },
    seo: SEO_AND_SLUG.seo,
  },
  'api::global.global': {
    agencyName: { label: 'Agency name' },
    tagline: { label: 'Tagline', description: 'The headline of the home page.' },
    contactEmail: { label: 'Contact email', description: 'Shown in the footer; new assessment requests are sent here unless the server says otherwise.' },
    contactPhone: { label: 'Contact phone' },
    address: { label: 'Postal address' },
    navigation: { label: 'Main menu', description: 'The links at the top of every page, in order; a link with sub-links opens a menu.' },
    cta: { label: 'Closing call to action' },
    footer: { label: 'Footer' },
    defaultSeo: { label: 'Default search and sharing', description: 'Used by every page that sets no search and sharing details of its own.' },
  },
  'api::assessment-submission.assessment-submission': {
    name: { label: 'Name' },
    email: { label: 'Email' },
    company: { label: 'Company' },
    websiteUrl: { label: 'Website', description: 'The address the visitor asked us to assess; the audit fetched this page.' },
    phone: { label: 'Phone' },
    services: { label: 'Services of interest' },
    message: { label: 'Message from the visitor' },
    consent: { label: 'Agreed to be contacted' },
    consentAt: { label: 'Agreed on', description: 'When the visitor agreed to be contacted about this request.' },
    sourcePage: { label: 'Sent from page', description: 'The page of the site the request came from.' },
    stage: { label: 'Stage', description: 'Where the lead stands: new, in review, contacted, won or lost.' },
    notes: { label: 'Team notes', description: 'For the team only; the visitor never sees them.', placeholder: 'Called on Tuesday; sending a proposal.' },
    auditReport: { label: 'Website audit', description: 'The automated checks of the visitor\'s website, with what each found.' },
    score: { label: 'Audit score', description: '0–100, from the automated website audit.' },
    idempotencyKey: { label: 'Request key', description: 'Set by the site so that a request sent twice is stored once.' },
  },
  'api::redirect.redirect': {
    from: { label: 'Old address', description: 'The path visitors arrive at, starting with "/". End it with "/*" to cover every address under it (at most 50 such rules). Add "?name=value" to redirect only that query.', placeholder: '/old-blog/my-post' },
    to: { label: 'New address', description: 'A path on this site ("/blog/my-post") or a full address ("https://…"). Under an old address ending "/*", end it with "/*" too to keep the rest of the address. Empty for Gone, or when you choose an entry below.', placeholder: '/blog/my-post' },
    toArticle: { label: 'Or an article', description: 'Sends visitors to this article, and follows it if its address changes. Choose one entry at most, and leave "New address" empty.' },
    toService: { label: 'Or a service', description: 'Sends visitors to this service, and follows it if its address changes.' },
    toCategory: { label: 'Or a category', description: 'Sends visitors to this category of the blog, and follows it if its address changes.' },
    toPage: { label: 'Or a page', description: 'Sends visitors to this page, and follows it if its address changes.' },
    type: { label: 'Kind', description: 'Permanent (301, 308) tells search engines the page has moved for good; temporary (302, 307) that it will come back. Gone (410) says the page was removed on purpose.' },
    external: { label: 'Another website', description: 'Set to TRUE to confirm that the new address is on another website. Without it, a full address must be on this site.' },
    replacesLivePage: { label: 'Replace a live page', description: 'Set to TRUE to confirm that the old address is a published page whose visitors this rule should send elsewhere.' },
    enabled: { label: 'Active', description: 'Untick to keep the rule without applying it.' },
    note: { label: 'Note', description: 'Why the rule exists, for the team; visitors never see it.', placeholder: 'Old blog address, moved in the 2026 redesign' },
  },
  'layout.footer': {
    blurb: { label: 'Short description' },
    links: { label: 'Links' },
    copyright: { label: 'Copyright line' },
  },
  'blocks.hero': {
    eyebrow: { label: 'Small line above the heading', placeholder: 'What we do' },
    heading: { label: 'Heading', description: 'The page\'s main heading when the hero comes first; up to 120 characters.' },
    lead: { label: 'Lead', description: 'One or two sentences under the heading; up to 400 characters.' },
    primaryAction: { label: 'Main button' },
    secondaryAction: { label: 'Second button' },
    image: { label: 'Image', description: 'Shown beside the text. Empty: the site\'s drawn illustration.' },
    compact: { label: 'Compact', description: 'On: a title band without a picture, as list pages open. Off: the full hero.' },
  },
  'blocks.rich-text': {
    heading: { label: 'Heading', description: 'Optional; up to 120 characters.' },
    body: { label: 'Text', description: 'Markdown: ## for headings, - for lists, [text](address) for links.' },
  },
  'blocks.services-grid': {
    eyebrow: { label: 'Small line above the heading', placeholder: 'What we do' },
    heading: { label: 'Heading', description: 'Optional; up to 120 characters. Empty: the cards stand for the page\'s list of services.' },
    intro: { label: 'Introduction', description: 'Up to 400 characters under the heading.' },
    services: { label: 'Services shown', description: 'Choose services to show only those; leave empty to show every service in its position.' },
    linkLabel: { label: 'Card link', description: 'The link on each card to the service\'s page.', placeholder: 'Learn more' },
  },
  'blocks.latest-articles': {
    eyebrow: { label: 'Small line above the heading', placeholder: 'Latest thinking' },
    heading: { label: 'Heading', description: 'Up to 120 characters; short headings read best.' },
    count: { label: 'How many articles', description: 'From 1 to 12, newest first.' },
    category: { label: 'Only from category', description: 'Leave empty for articles of every category.' },
    linkLabel: { label: 'Link to the blog', description: 'The text of the link to all articles; empty: no link.', placeholder: 'All articles' },
  },
  'blocks.process-steps': {
    eyebrow: { label: 'Small line above the heading', placeholder: 'What we do' },
    heading: { label: 'Heading', description: 'Up to 120 characters; short headings read best.' },
    intro: { label: 'Introduction', description: 'Up to 400 characters under the heading.' },
    steps: { label: 'Steps', description: 'In order; they are numbered on the page.' },
  },
  'blocks.step': {
    title: { label: 'Step', placeholder: 'We listen' },
    text: { label: 'What happens', description: 'Up to 400 characters.' },
    icon: { label: 'Icon', description: 'Shown instead of the step\'s number; leave empty for numbers.' },
  },
  'blocks.faq': {
    heading: { label: 'Heading', description: 'Up to 120 characters; short headings read best.' },
    items: { label: 'Questions', description: 'Search engines may show them as an FAQ.' },
  },
  'blocks.faq-item': {
    question: { label: 'Question', placeholder: 'How long does a website take?' },
    answer: { label: 'Answer', description: 'Markdown.' },
  },
  'blocks.testimonials': {
    heading: { label: 'Heading', description: 'Up to 120 characters; short headings read best.' },
    testimonials: { label: 'Testimonials shown', description: 'Chosen from the Testimonials; published ones appear.' },
  },
  'blocks.figures': {
    heading: { label: 'Heading', description: 'Optional; up to 120 characters.' },
    figures: { label: 'Figures' },
  },
  'blocks.figure': {
    value: { label: 'Figure', description: 'Up to 20 characters.', placeholder: '+38%' },
    label: { label: 'What it counts', placeholder: 'more enquiries in six months' },
  },
  'blocks.cta-banner': {
    eyebrow: { label: 'Small line above the heading', placeholder: 'Free, in two business days' },
    heading: { label: 'Heading', description: 'Up to 120 characters; short headings read best.' },
    text: { label: 'Text', description: 'Up to 400 characters.' },
    points: { label: 'Selling points', description: 'One per line, each shown with a tick.', placeholder: 'No cost, no obligation' },
    action: { label: 'Button' },
  },
  'blocks.image-text': {
    heading: { label: 'Heading', description: 'Up to 120 characters; short headings read best.' },
    body: { label: 'Text', description: 'Markdown.' },
    image: { label: 'Image', description: 'Describe it in its alternative text.' },
    imageOnRight: { label: 'Image on the right', description: 'Off: the image comes first, on the left.' },
  },
  'blocks.client-logos': {
    heading: { label: 'Heading', description: 'Up to 120 characters; short headings read best.' },
    logos: { label: 'Logos', description: 'Each with the client\'s name as its alternative text.' },
  },
  'blocks.assessment-form': {
    heading: { label: 'Heading', description: 'Above the form; up to 120 characters.' },
    nameLabel: { label: 'Name field' },
    emailLabel: { label: 'Email field' },
    companyLabel: { label: 'Company field' },
    phoneLabel: { label: 'Phone field' },
    websiteLabel: { label: 'Website field' },
    websiteHint: { label: 'Website field hint', description: 'Shown under the website field\'s label.' },
    servicesLabel: { label: 'Services question', description: 'Above the services to tick.' },
    messageLabel: { label: 'Message field' },
    consentLabel: { label: 'Consent sentence', description: 'Beside the box the visitor ticks. Write [privacy policy](/privacy) to link the policy.' },
    submitLabel: { label: 'Button' },
    optionalMarker: { label: 'Optional marker', description: 'After the labels of fields the visitor may leave empty.', placeholder: '(optional)' },
  },
  'layout.link': {
    label: { label: 'Text' },
    href: { label: 'Address', description: 'A page of the site (/services) or a full address (https://…).', placeholder: '/services' },
  },
  'layout.menu-item': {
    label: { label: 'Text' },
    href: { label: 'Address', description: 'Where the item leads; leave empty for a menu of sub-links.', placeholder: '/blog' },
    links: { label: 'Sub-links' },
  },
  'service.highlight': {
    title: { label: 'Highlight' },
    text: { label: 'Explanation' },
  },
  'shared.author': {
    name: { label: 'Name' },
    role: { label: 'Role', placeholder: 'Head of Social Strategy' },
    avatar: { label: 'Photo' },
  },
  'shared.seo': {
    metaTitle: { label: 'Search title', description: 'Up to 60 characters, or search engines cut it. Empty: the page\'s title.' },
    metaDescription: { label: 'Search description', description: '50–160 characters shown under the title in search results. Empty: the summary.' },
    shareImage: { label: 'Share image', description: 'Shown when the page is shared; 1200 × 630 pixels. Empty: the site\'s default.' },
    canonicalUrl: { label: 'Canonical address', description: 'Only when the main copy of this content lives at another address.' },
    noIndex: { label: 'Hide from search engines', description: 'On: search engines are asked not to list this page. It stays on the site and in its menus.' },
  },
}
