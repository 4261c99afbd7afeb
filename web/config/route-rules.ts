import type { NitroRouteConfig } from 'nitropack'
import { SECURITY_HEADERS } from './security-headers'

/**
 * Every page ships without JavaScript unless it opts in: no hydration, no payload, full page loads
 * between pages. Content pages need none: menus are native popovers and forms post without scripts.
 * A page that needs the Vue runtime in the browser (a live search, say) opts in with its own rule
 * `{ noScripts: false }` and is held to the 60 KiB budget instead of 10 KiB.
 */
export const routeRules: Record<string, NitroRouteConfig> = {
  '/**': { noScripts: true, headers: SECURITY_HEADERS },
}
