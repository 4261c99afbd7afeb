import type { ResponseShape } from '../../utils/response-shape'
import { MEDIA_FIELDS } from '../../utils/response-shape'

export const testimonialShape: ResponseShape = {
  populate: { photo: { fields: MEDIA_FIELDS } },
  defaultSort: ['createdAt:desc'],
}
