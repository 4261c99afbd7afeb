import { factories } from '@strapi/strapi'

const shape = { middlewares: ['api::article.article-reading-time', 'global::shaped-query'] }

export default factories.createCoreRouter('api::article.article', {
  config: { find: shape, findOne: shape },
})
