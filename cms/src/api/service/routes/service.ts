import { factories } from '@strapi/strapi'

const shape = { middlewares: ['global::shaped-query'] }

export default factories.createCoreRouter('api::service.service', {
  config: { find: shape, findOne: shape },
})
