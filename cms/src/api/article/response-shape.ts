import type { ResponseShape } from '../../utils/response-shape'
import { MEDIA_FIELDS, SEO_POPULATE } from '../../utils/response-shape'

export const articleShape: ResponseShape = {
  populate: {
    cover: { fields: MEDIA_FIELDS },
    author: { populate: { avatar: { fields: MEDIA_FIELDS } } },
    categories: { fields: ['name', 'slug'], sort: ['name:asc'] },
    seo: SEO_POPULATE,
  },
  defaultSort: ['publishedDate:desc', 'id:desc'],
}
