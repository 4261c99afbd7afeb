/** The agency's global settings: name, navigation, footer, default SEO. */
export default defineEventHandler(() => readCms({ key: 'global', tags: () => ['global'], read: cms => cms.global.get() }))
