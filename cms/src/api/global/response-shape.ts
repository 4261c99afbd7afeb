import type { ResponseShape } from '../../utils/response-shape'
import { SEO_POPULATE } from '../../utils/response-shape'

export const globalShape: ResponseShape = {
  populate: {
    navigation: { populate: { links: true } },
    cta: true,
    footer: { populate: { links: true } },
    defaultSeo: SEO_POPULATE,
  },
}
