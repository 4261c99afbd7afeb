/** Every service, in display order. */
export default defineEventHandler(() => readCms({ key: 'services', tags: () => ['services'], read: cms => cms.services.list() }))
