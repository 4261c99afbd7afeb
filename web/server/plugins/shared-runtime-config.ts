/**
 * Nitro gives each request its own copy of the runtime config, re-read from the environment
 * (`useRuntimeConfig(event)`, which Nuxt's renderer and every internal API call use), for platforms
 * whose environment comes with the request. On Node.js it is read once, at start: each request gets the
 * shared copy, which Nitro deep-freezes, so no request can change what the next one sees.
 */
export default defineNitroPlugin((nitroApp) => {
  const config = useRuntimeConfig()
  nitroApp.hooks.hook('request', (event) => {
    event.context.nitro.runtimeConfig = config
  })
})
