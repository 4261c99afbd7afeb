import { fixResponseShape, SEO_POPULATE } from '../../../utils/response-shape'

export default fixResponseShape({
  populate: { highlights: true, seo: SEO_POPULATE },
  defaultSort: ['order:asc', 'title:asc'],
})
