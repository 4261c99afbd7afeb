import { factories } from '@strapi/strapi'

const shape = { middlewares: ['global::shaped-query'] }

export default factories.createCoreRouter('api::assessment-submission.assessment-submission', {
  config: { find: shape, findOne: shape },
})
