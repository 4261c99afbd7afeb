import { factories } from '@strapi/strapi'

const shape = { middlewares: ['api::service.service-populate'] }

export default factories.createCoreRouter('api::service.service', {
  config: { find: shape, findOne: shape },
})
