/**
 * HSTS, when the site's public address is HTTPS (NUXT_PUBLIC_SITE_URL; TLS usually ends at the proxy in
 * front). Set as each request comes in, like the route rules' security headers
 * (config/security-headers.ts); a page from the cache carries it as stored with the page.
 */
export default defineNitroPlugin((nitroApp) => {
  if (!useRuntimeConfig().public.siteUrl.startsWith('https:'))
    return
  nitroApp.hooks.hook('request', (event) => {
    setResponseHeader(event, 'Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  })
})
