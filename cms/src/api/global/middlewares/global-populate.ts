import { fixResponseShape, SEO_POPULATE } from '../../../utils/response-shape'

export default fixResponseShape({
  populate: {
    navigation: { populate: { links: true } },
    cta: true,
    footer: { populate: { links: true } },
    defaultSeo: SEO_POPULATE,
  },
})
