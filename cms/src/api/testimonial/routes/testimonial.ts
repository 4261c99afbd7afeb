import { factories } from '@strapi/strapi'

const shape = { middlewares: ['api::testimonial.testimonial-populate'] }

export default factories.createCoreRouter('api::testimonial.testimonial', {
  config: { find: shape, findOne: shape },
})
