import { fixResponseShape, MEDIA_FIELDS } from '../../../utils/response-shape'

export default fixResponseShape({
  populate: { photo: { fields: MEDIA_FIELDS } },
  defaultSort: ['createdAt:desc'],
})
