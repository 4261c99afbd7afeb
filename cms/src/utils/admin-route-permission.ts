import type { Core } from '@strapi/strapi'

/**
 * A plugin extension (src/extensions/<plugin>/strapi-server.ts) that puts Strapi's own permission check,
 * `admin::hasPermissions` on `action`, on one of the plugin's admin routes.
 *
 * Reaches past Strapi's public API: Strapi 5.54 lets any signed-in admin, the Editor included, call a few
 * admin routes whose pages the admin shows only to holders of a permission (the same gap on the content
 * types' configuration: https://github.com/strapi/strapi/issues/11548). This edits the plugin's route
 * table and relies on the route being found there by method and path; it throws at start when the route is
 * gone, and test/integration/suites/admin-permissions.ts fails the day the check no longer holds. Remove an
 * extension when Strapi checks the permission on that route itself.
 */
export function requireAdminPermission(method: Core.Route['method'], path: string, action: string): (plugin: Core.Plugin) => Core.Plugin {
  return (plugin) => {
    const routes = Array.isArray(plugin.routes) ? plugin.routes : plugin.routes.admin?.routes
    const route = routes?.find(candidate => candidate.method === method && candidate.path === path)
    if (!route)
      throw new Error(`No admin route ${method} ${path} to guard with ${action}`)
    const policies = route.config?.policies ?? []
    route.config = { ...route.config, policies: [...policies, { name: 'admin::hasPermissions', config: { actions: [action] } }] }
    return plugin
  }
}
