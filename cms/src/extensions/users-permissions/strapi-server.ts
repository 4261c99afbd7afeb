import type { Core } from '@strapi/strapi'
import { publicPermissionsMemo } from '../../public-api/public-permissions'

type Factory<T> = (context: { strapi: Core.Strapi }) => T

interface PermissionService {
  findPublicPermissions: () => Promise<Array<{ action: string }>>
  [method: string]: unknown
}

interface UsersPermissionsPlugin {
  services: { permission: Factory<PermissionService>, [name: string]: unknown }
}

/**
 * The users-permissions plugin, through its documented extension seam: its content-API strategy asks
 * the permission service for the public role's permissions on every anonymous request, and that answer
 * now comes from the instance's memo (public-api/public-permissions.ts).
 */
export default (plugin: UsersPermissionsPlugin): UsersPermissionsPlugin => {
  const createPermissionService = plugin.services.permission
  plugin.services.permission = (context) => {
    const service = createPermissionService(context)
    return {
      ...service,
      findPublicPermissions() {
        const memo = publicPermissionsMemo(context.strapi)
        return memo ? memo.read(() => service.findPublicPermissions()) : service.findPublicPermissions()
      },
    }
  }
  return plugin
}
