export default defineArticleFeedRoute('rss')
