import type { Core } from '@strapi/strapi'
import type { ResponseStore, ResponseStoreOptions } from './response-store'
import { createResponseStore } from './response-store'

const stores = new WeakMap<Core.Strapi, ResponseStore>()

/** The response cache of this Strapi instance, created by the api-cache middleware when enabled. */
export function openResponseStore(strapi: Core.Strapi, options: ResponseStoreOptions): ResponseStore {
  const store = createResponseStore(options)
  stores.set(strapi, store)
  return store
}

/** Writes that cannot change what the content API shows anonymous callers: admin users, sessions, tokens. */
const IRRELEVANT_MODELS = /^(?:admin|strapi)::/
const WRITE_ACTIONS = new Set(['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'])
const DOCUMENT_READS = new Set(['findOne', 'findFirst', 'findMany', 'count'])

/**
 * Empties the response cache on every write to content, media or the Public role's permissions: when a
 * row changes (database lifecycles, which also see the users-permissions plugin) and once more when a
 * document operation has committed, so that a read racing the transaction is never kept.
 */
export function clearResponseCacheOnWrites(strapi: Core.Strapi): void {
  const clear = () => stores.get(strapi)?.clear()
  strapi.db.lifecycles.subscribe((event) => {
    if (WRITE_ACTIONS.has(event.action) && !IRRELEVANT_MODELS.test(event.model.uid))
      clear()
  })
  strapi.documents.use(async (context, next) => {
    const result = await next()
    if (!DOCUMENT_READS.has(context.action)) {
      clear()
      // Inside a caller's transaction (the scheduler's), the write is seen by others only once it commits.
      if (strapi.db.inTransaction())
        void strapi.db.transaction(({ onCommit }) => onCommit(clear))
    }
    return result
  })
}
