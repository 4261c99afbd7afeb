import { factories } from '@strapi/strapi'

const shape = { middlewares: ['api::case-study.case-study-populate'] }

export default factories.createCoreRouter('api::case-study.case-study', {
  config: { find: shape, findOne: shape },
})
