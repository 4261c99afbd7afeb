/** A field's width in twelfths of a row: the widths the admin itself offers (33%, 50%, 66%, 100%). */
export type FieldSize = 4 | 6 | 8 | 12

/** One field of an edit view's row, as the Content Manager stores it. */
export interface EditField {
  name: string
  size: FieldSize
}

/** Rows of fields, top to bottom; a row's sizes add up to 12 at most. */
export type EditLayout = EditField[][]

/** Rows that belong together, such as a page's content or its search metadata. */
export interface EditSection {
  section: string
  rows: EditLayout
}

const half = (name: string): EditField => ({ name, size: 6 })
const full = (name: string): EditField => ({ name, size: 12 })

/** The search and sharing component, the last thing editors reach on a page. */
const SEARCH_METADATA: EditSection = { section: 'Search and sharing', rows: [[full('seo')]] }

/** When a draft goes live and when it comes off the site, side by side, with the other metadata. */
const SCHEDULE: EditSection = { section: 'Schedule', rows: [[half('publishAt'), half('unpublishAt')]] }

/**
 * Every content type's and component's edit view, by model: what editors write first, the metadata
 * after it. The admin shows no headings between sections; their order is the grouping.
 */
export const EDIT_LAYOUTS: Record<string, EditSection[]> = {
  'api::article.article': [
    { section: 'Content', rows: [[half('title'), half('slug')], [full('excerpt')], [full('body')], [half('cover')], [full('author')]] },
    { section: 'Filing', rows: [[{ name: 'publishedDate', size: 4 }, { name: 'categories', size: 8 }]] },
    SCHEDULE,
    SEARCH_METADATA,
  ],
  'api::page.page': [
    { section: 'Content', rows: [[half('title'), half('slug')], [full('sections')]] },
    SCHEDULE,
    SEARCH_METADATA,
  ],
  'api::testimonial.testimonial': [
    { section: 'Content', rows: [[full('quote')], [{ name: 'name', size: 4 }, { name: 'role', size: 4 }, { name: 'company', size: 4 }], [half('photo')]] },
  ],
  'api::service.service': [
    { section: 'Content', rows: [[half('title'), half('slug')], [full('summary')], [full('body')], [full('highlights')], [half('ctaText'), half('icon')]] },
    { section: 'Listing', rows: [[{ name: 'order', size: 4 }]] },
    SCHEDULE,
    SEARCH_METADATA,
  ],
  'api::category.category': [
    { section: 'Content', rows: [[half('name'), half('slug')], [full('description')], [full('articles')]] },
    SEARCH_METADATA,
  ],
  'api::global.global': [
    { section: 'The agency', rows: [[half('agencyName'), half('tagline')], [half('contactEmail'), half('contactPhone')], [full('address')]] },
    { section: 'Every page', rows: [[full('navigation')], [full('cta')], [full('footer')]] },
    { section: 'Search and sharing', rows: [[full('defaultSeo')]] },
  ],
  'api::assessment-submission.assessment-submission': [
    { section: 'Contact', rows: [[half('name'), half('email')], [half('company'), half('phone')], [full('websiteUrl')]] },
    { section: 'Request', rows: [[full('message')], [full('services')]] },
    { section: 'Follow-up', rows: [[{ name: 'stage', size: 4 }, { name: 'notes', size: 8 }]] },
    { section: 'Audit', rows: [[{ name: 'score', size: 4 }], [full('auditReport')]] },
    { section: 'Record', rows: [[{ name: 'consent', size: 4 }, { name: 'consentAt', size: 8 }], [half('sourcePage'), half('idempotencyKey')]] },
  ],
  'api::redirect.redirect': [
    { section: 'Rule', rows: [[half('from'), half('to')], [{ name: 'type', size: 4 }, { name: 'external', size: 4 }, { name: 'enabled', size: 4 }], [half('replacesLivePage')]] },
    { section: 'Or send visitors to an entry', rows: [[half('toArticle'), half('toService')], [half('toCategory'), half('toPage')]] },
    { section: 'For the team', rows: [[full('note')]] },
  ],
  'blocks.hero': [
    { section: 'Content', rows: [[full('eyebrow')], [full('heading')], [full('lead')], [full('primaryAction')], [full('secondaryAction')], [half('image'), half('compact')]] },
  ],
  'blocks.rich-text': [
    { section: 'Content', rows: [[full('heading')], [full('body')]] },
  ],
  'blocks.services-grid': [
    { section: 'Content', rows: [[full('eyebrow')], [full('heading')], [full('intro')], [full('services')], [half('linkLabel')]] },
  ],
  'blocks.latest-articles': [
    { section: 'Content', rows: [[full('eyebrow')], [full('heading')], [{ name: 'count', size: 4 }, { name: 'category', size: 8 }], [half('linkLabel')]] },
  ],
  'blocks.process-steps': [
    { section: 'Content', rows: [[full('eyebrow')], [full('heading')], [full('intro')], [full('steps')]] },
  ],
  'blocks.step': [
    { section: 'Content', rows: [[{ name: 'title', size: 8 }, { name: 'icon', size: 4 }], [full('text')]] },
  ],
  'blocks.faq': [
    { section: 'Content', rows: [[full('heading')], [full('items')]] },
  ],
  'blocks.faq-item': [
    { section: 'Content', rows: [[full('question')], [full('answer')]] },
  ],
  'blocks.testimonials': [
    { section: 'Content', rows: [[full('heading')], [full('testimonials')]] },
  ],
  'blocks.figures': [
    { section: 'Content', rows: [[full('heading')], [full('figures')]] },
  ],
  'blocks.figure': [
    { section: 'Content', rows: [[{ name: 'value', size: 4 }, { name: 'label', size: 8 }]] },
  ],
  'blocks.cta-banner': [
    { section: 'Content', rows: [[full('eyebrow')], [full('heading')], [full('text')], [full('points')], [full('action')]] },
  ],
  'blocks.image-text': [
    { section: 'Content', rows: [[full('heading')], [full('body')], [half('image'), half('imageOnRight')]] },
  ],
  'blocks.client-logos': [
    { section: 'Content', rows: [[full('heading')], [full('logos')]] },
  ],
  'blocks.assessment-form': [
    { section: 'Content', rows: [[full('heading')], [half('nameLabel'), half('emailLabel')], [half('companyLabel'), half('phoneLabel')], [half('websiteLabel'), half('websiteHint')], [half('servicesLabel'), half('messageLabel')], [full('consentLabel')], [half('submitLabel'), half('optionalMarker')]] },
  ],
  'layout.footer': [
    { section: 'Content', rows: [[full('blurb')], [full('links')], [full('copyright')]] },
  ],
  'layout.link': [
    { section: 'Content', rows: [[half('label'), half('href')]] },
  ],
  'layout.menu-item': [
    { section: 'Content', rows: [[half('label'), half('href')], [full('links')]] },
  ],
  'service.highlight': [
    { section: 'Content', rows: [[full('title')], [full('text')]] },
  ],
  'shared.author': [
    { section: 'Content', rows: [[half('name'), half('role')], [half('avatar')]] },
  ],
  'shared.seo': [
    { section: 'Search result', rows: [[full('metaTitle')], [full('metaDescription')], [half('shareImage')]] },
    { section: 'For search engines', rows: [[{ name: 'canonicalUrl', size: 8 }, { name: 'noIndex', size: 4 }]] },
  ],
}

/** An edit view as the Content Manager stores it: its sections' rows, in order. */
export function editLayout(sections: EditSection[]): EditLayout {
  return sections.flatMap(section => section.rows)
}
