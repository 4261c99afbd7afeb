import type { ResponseShape } from '../../utils/response-shape'
import { MEDIA_FIELDS, SEO_POPULATE } from '../../utils/response-shape'

export const serviceShape: ResponseShape = {
  populate: { highlights: true, cover: { fields: MEDIA_FIELDS }, seo: SEO_POPULATE },
  defaultSort: ['order:asc', 'title:asc'],
}
