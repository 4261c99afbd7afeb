import type { ServiceFactory } from '../../utils/plugin-services'
import { publicPermissionsMemo } from '../../public-api/public-permissions'
import { overrideService } from '../../utils/plugin-services'

interface PermissionService {
  findPublicPermissions: () => Promise<Array<{ action: string }>>
  [method: string]: unknown
}

interface UsersPermissionsPlugin {
  services: { permission: ServiceFactory<PermissionService>, [name: string]: unknown }
}

/**
 * The users-permissions plugin, through its documented extension seam: its content-API strategy asks
 * the permission service for the public role's permissions on every anonymous request, and that answer
 * now comes from the instance's memo (public-api/public-permissions.ts).
 */
export default (plugin: UsersPermissionsPlugin): UsersPermissionsPlugin => {
  plugin.services.permission = overrideService(plugin.services.permission, (service, { strapi }) => ({
    findPublicPermissions() {
      const memo = publicPermissionsMemo(strapi)
      return memo ? memo.read(() => service.findPublicPermissions()) : service.findPublicPermissions()
    },
  }))
  return plugin
}
