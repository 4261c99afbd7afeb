import type { NitroRouteConfig } from 'nitropack'

/**
 * Pages whose content is static for the visitor ship no JavaScript at all: no hydration, no payload,
 * full page loads between them. Everything on them (the menus included) works with HTML and CSS alone.
 * Interactive pages (the assessment form, search) keep the Vue runtime.
 */
const noScripts: NitroRouteConfig = { noScripts: true }

export const staticPageRules: Record<string, NitroRouteConfig> = {
  '/': noScripts,
  '/services': noScripts,
  '/services/**': noScripts,
  '/blog': noScripts,
  '/blog/**': noScripts,
  '/about': noScripts,
  '/privacy': noScripts,
  '/terms': noScripts,
}
