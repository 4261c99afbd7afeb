/** Every service, in display order. */
export default defineEventHandler(event => siteReads(event).services())
