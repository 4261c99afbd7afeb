import type { ResponseShape } from '../../utils/response-shape'
import { MEDIA_FIELDS, SEO_POPULATE } from '../../utils/response-shape'

const image = { fields: MEDIA_FIELDS }

export const caseStudyShape: ResponseShape = {
  populate: {
    services: { fields: ['slug', 'title'], sort: ['order:asc', 'title:asc'] },
    results: true,
    testimonial: { populate: { photo: image } },
    cover: image,
    gallery: image,
    seo: SEO_POPULATE,
  },
  defaultSort: ['year:desc', 'title:asc'],
}
