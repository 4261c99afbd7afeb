import { factories } from '@strapi/strapi'

const shape = { middlewares: ['global::shaped-query'] }

export default factories.createCoreRouter('api::testimonial.testimonial', {
  config: { find: shape, findOne: shape },
})
