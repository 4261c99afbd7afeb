import { siteReads } from '../cms/site-reads'

/**
 * Gives the pages rendered for a request their content reads in this process. Through the API routes
 * each read was a request of its own (headers, routing, JSON written and parsed again): two of them
 * cost an article page more than a quarter of its render.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('request', (event) => {
    event.context.siteReads = siteReads(event)
  })
})
