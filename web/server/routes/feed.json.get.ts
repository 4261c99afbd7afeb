import { defineArticleFeedRoute } from '../feeds/article-feed-route'

export default defineArticleFeedRoute('json')
