import { fixResponseShape } from '../../../utils/response-shape'

export default fixResponseShape({
  populate: { services: { fields: ['title', 'slug'] } },
  defaultSort: ['createdAt:desc'],
})
