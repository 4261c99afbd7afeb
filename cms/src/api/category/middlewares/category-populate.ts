import { fixResponseShape, SEO_POPULATE } from '../../../utils/response-shape'

export default fixResponseShape({
  populate: { seo: SEO_POPULATE },
  defaultSort: ['name:asc'],
})
