import type { Core } from '@strapi/strapi'
import { WRITE_ACTIONS } from '../utils/database-writes'

/**
 * How long an instance trusts the public role's permissions it has read. A change made through this
 * instance is seen at once; one made through another instance of a scaled-out CMS within this time.
 */
export const PUBLIC_PERMISSIONS_LIFETIME_MS = 1000

const PERMISSION_MODELS = new Set(['plugin::users-permissions.permission', 'plugin::users-permissions.role'])

interface Permission {
  action: string
}

export interface PublicPermissionsMemo {
  /** The public role's permissions, read again when older than the lifetime or forgotten. */
  read: (readFromDatabase: () => Promise<Permission[]>) => Promise<Permission[]>
  forget: () => void
}

const memos = new WeakMap<Core.Strapi, PublicPermissionsMemo>()

/**
 * Every anonymous request asks for the public role's permissions; users-permissions reads them from the
 * database each time, which cost more than the rest of an uncached list read. They change when an
 * administrator edits the public role, seldom, so an instance keeps them for a second. When a read finds
 * them changed, `onChange` runs: the response cache forgets the answers this instance may have stored
 * under the old ones while another instance had already changed them.
 */
export function createPublicPermissionsMemo({ now = Date.now, onChange }: { now?: () => number, onChange: () => Promise<void> }): PublicPermissionsMemo {
  let current: { permissions: Promise<Permission[]>, readAt: number } | undefined
  let lastActions: string | undefined
  return {
    read(readFromDatabase) {
      if (current && now() - current.readAt < PUBLIC_PERMISSIONS_LIFETIME_MS)
        return current.permissions
      const permissions = readFromDatabase().then(async (read) => {
        const actions = read.map(permission => permission.action).sort().join('\n')
        if (lastActions !== undefined && actions !== lastActions)
          await onChange()
        lastActions = actions
        return read
      })
      const reading = { permissions, readAt: now() }
      current = reading
      permissions.catch(() => {
        if (current === reading)
          current = undefined
      })
      return permissions
    },
    forget() {
      current = undefined
    },
  }
}

const watches = new WeakMap<Core.Strapi, NodeJS.Timeout>()

interface PermissionService {
  findPublicPermissions: () => Promise<Permission[]>
}

/**
 * Keeps this instance's memo of the public role's permissions: forgotten when they change through this
 * instance, and read again every lifetime whatever the traffic, because answers served from the response
 * cache never ask for them: a change made through another instance must still reach this one's cache.
 */
export function rememberPublicPermissions(strapi: Core.Strapi, onChange: () => Promise<void>): void {
  const memo = createPublicPermissionsMemo({ onChange })
  memos.set(strapi, memo)
  strapi.db.lifecycles.subscribe((event) => {
    if (WRITE_ACTIONS.has(event.action) && PERMISSION_MODELS.has(event.model.uid))
      memo.forget()
  })
  const permissions = () => strapi.plugin('users-permissions').service('permission') as unknown as PermissionService
  const watch = setInterval(() => {
    permissions().findPublicPermissions().catch(error => strapi.log.warn(`Could not read the public role's permissions: ${error instanceof Error ? error.message : String(error)}`))
  }, PUBLIC_PERMISSIONS_LIFETIME_MS)
  watch.unref()
  watches.set(strapi, watch)
}

/** Stops reading the permissions as Strapi stops. */
export function forgetPublicPermissions(strapi: Core.Strapi): void {
  clearInterval(watches.get(strapi))
  watches.delete(strapi)
  memos.delete(strapi)
}

/** This instance's memo, or none before register (the permission service then reads the database). */
export function publicPermissionsMemo(strapi: Core.Strapi): PublicPermissionsMemo | undefined {
  return memos.get(strapi)
}
