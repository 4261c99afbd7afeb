import type { ResponseShape } from '../../utils/response-shape'
import { SEO_POPULATE } from '../../utils/response-shape'

export const categoryShape: ResponseShape = {
  populate: { seo: SEO_POPULATE },
  defaultSort: ['name:asc'],
}
