import { factories } from '@strapi/strapi'

const shape = { middlewares: ['api::article.article-reading-time', 'api::article.article-populate'] }

export default factories.createCoreRouter('api::article.article', {
  config: { find: shape, findOne: shape },
})
