export default defineArticleFeedRoute('atom')
