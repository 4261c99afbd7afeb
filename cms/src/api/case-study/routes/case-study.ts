import { factories } from '@strapi/strapi'

const shape = { middlewares: ['global::shaped-query'] }

export default factories.createCoreRouter('api::case-study.case-study', {
  config: { find: shape, findOne: shape },
})
