import { factories } from '@strapi/strapi'

const shape = { middlewares: ['api::page.page-populate'] }

export default factories.createCoreRouter('api::page.page', {
  config: { find: shape, findOne: shape },
})
