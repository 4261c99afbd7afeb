/** Every service, in display order. */
export default defineEventHandler(() => readCms(cms => cms.services.list()))
