import { fixResponseShape, MEDIA_FIELDS, SEO_POPULATE } from '../../../utils/response-shape'

export default fixResponseShape({
  populate: { highlights: true, cover: { fields: MEDIA_FIELDS }, seo: SEO_POPULATE },
  defaultSort: ['order:asc', 'title:asc'],
})
