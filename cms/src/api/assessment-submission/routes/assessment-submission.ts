import { factories } from '@strapi/strapi'

const shape = { middlewares: ['api::assessment-submission.assessment-submission-populate'] }

export default factories.createCoreRouter('api::assessment-submission.assessment-submission', {
  config: { find: shape, findOne: shape },
})
