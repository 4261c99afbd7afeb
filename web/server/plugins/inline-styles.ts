import { inlineStylesheets } from '../markup/inline-stylesheets'

/** Stylesheets by path; built files never change while the server runs. */
const stylesheets = new Map<string, Promise<string | undefined>>()

function stylesheet(localPath: string): Promise<string | undefined> {
  let css = stylesheets.get(localPath)
  if (!css) {
    css = Promise.resolve(useNitroApp().localFetch(localPath))
      .then(response => response.ok ? response.text() : undefined)
      .catch(() => undefined)
    stylesheets.set(localPath, css)
  }
  return css
}

/**
 * Puts the site's stylesheets (about 13 KB, 4 KB compressed) into each page instead of linking them: a
 * linked stylesheet blocks the first paint for a round trip, which on a slow phone connection is the
 * largest part of the time to first paint.
 *
 * Nuxt's own `features.inlineStyles` inlines only the styles of components it can attribute to a page,
 * collecting a style tag per rendered component on every request and still linking the rest (nuxt/nuxt
 * #25420, #30435), so it is off and this rewrites the rendered head instead. It relies on Nuxt writing
 * `<link rel="stylesheet" href="…">` for built CSS; test/e2e/pages.spec.ts fails when a page carries a
 * stylesheet link or no styles. Remove it when Nuxt inlines every stylesheet of a page without links.
 */
export default defineNitroPlugin((nitroApp) => {
  const { app } = useRuntimeConfig()
  nitroApp.hooks.hook('render:html', async (html) => {
    html.head = await Promise.all(html.head.map(chunk => inlineStylesheets(chunk, app, stylesheet)))
  })
})
