export default defineArticleFeedRoute('json')
