import type { ResponseShape } from '../../utils/response-shape'

export const assessmentSubmissionShape: ResponseShape = {
  populate: { services: { fields: ['title', 'slug'] } },
  defaultSort: ['createdAt:desc'],
}
