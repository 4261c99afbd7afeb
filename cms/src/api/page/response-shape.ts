import type { ResponseShape } from '../../utils/response-shape'
import { MEDIA_FIELDS, SEO_POPULATE } from '../../utils/response-shape'

const link = { fields: ['label', 'href'] }
const image = { fields: MEDIA_FIELDS }

/**
 * Every block of the `sections` dynamic zone, each with exactly what it shows, through Strapi 5's `on`
 * fragments: a block's relations and media are populated for that block alone.
 */
const SECTIONS = {
  on: {
    'blocks.hero': { populate: { primaryAction: link, secondaryAction: link, image } },
    'blocks.rich-text': { populate: {} },
    'blocks.services-grid': { populate: { services: { fields: ['slug', 'title'], sort: ['order:asc', 'title:asc'] } } },
    'blocks.latest-articles': { populate: { category: { fields: ['name', 'slug'] } } },
    'blocks.process-steps': { populate: { steps: true } },
    'blocks.faq': { populate: { items: true } },
    'blocks.testimonials': { populate: { testimonials: { populate: { photo: image } } } },
    'blocks.figures': { populate: { figures: true } },
    'blocks.cta-banner': { populate: { action: link } },
    'blocks.image-text': { populate: { image } },
    'blocks.client-logos': { populate: { logos: image } },
    'blocks.assessment-form': { populate: {} },
    'blocks.selected-work': { populate: { caseStudies: { fields: ['slug', 'title'] } } },
  },
}

export const pageShape: ResponseShape = {
  populate: { sections: SECTIONS, seo: SEO_POPULATE },
  defaultSort: ['title:asc'],
}
