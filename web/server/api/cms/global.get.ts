/** The agency's global settings: name, navigation, footer, default SEO. */
export default defineEventHandler(event => siteReads(event).global())
