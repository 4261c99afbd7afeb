import { factories } from '@strapi/strapi'

const shape = { middlewares: ['api::category.category-populate'] }

export default factories.createCoreRouter('api::category.category', {
  config: { find: shape, findOne: shape },
})
