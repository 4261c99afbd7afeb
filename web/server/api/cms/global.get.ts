/** The agency's global settings: name, navigation, footer, default SEO. */
export default defineEventHandler(() => readCms(cms => cms.global.get()))
