/** A page of published articles, newest first, optionally in one category. */
export default defineEventHandler(event => siteReads(event).articles(getQuery(event)))
