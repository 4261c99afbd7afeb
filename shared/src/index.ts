export * from './client/cms-client'
export * from './client/errors'
export type { CmsClientOptions } from './client/http'
export * from './schemas'
