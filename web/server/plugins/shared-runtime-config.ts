/**
 * Nitro gives each request its own copy of the runtime config, re-read from the environment
 * (`useRuntimeConfig(event)`, which Nuxt's renderer and every internal API call use), for platforms
 * whose environment comes with the request. On Node.js it is read once, at start: each request gets the
 * shared copy, which Nitro deep-freezes, so no request can change what the next one sees.
 *
 * This writes where Nitro 2 looks first, `event.context.nitro.runtimeConfig` (nitrojs/nitro#2569, the
 * same plugin proposed upstream in nitrojs/nitro#2575); test/unit/nitro-runtime-config.spec.ts fails
 * the day Nitro stops reading it there. Remove it when #2575 lands, or when the site moves to Nitro 3,
 * whose `useRuntimeConfig()` is shared and lazy (nitrojs/nitro#3634).
 */
export default defineNitroPlugin((nitroApp) => {
  const config = useRuntimeConfig()
  nitroApp.hooks.hook('request', (event) => {
    event.context.nitro.runtimeConfig = config
  })
})
