import { rm } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { build } from 'esbuild'
import { defineNuxtModule } from 'nuxt/kit'

/** Standalone browser scripts, each enhancing one page that otherwise ships no JavaScript. */
const SCRIPTS = {
  assessmentForm: 'client/assessment-form.ts',
}

/**
 * Bundles the scripts in client/ with esbuild into content-hashed files under /_scripts, and puts their
 * addresses in runtimeConfig.public.clientScripts for the pages that load them. A page stays free of
 * the Vue runtime and pays only for the few kilobytes its form needs.
 */
export default defineNuxtModule({
  meta: { name: 'client-scripts' },
  async setup(_options, nuxt) {
    // Outside .nuxt, which Nuxt empties after modules have run.
    const outdir = join(nuxt.options.rootDir, 'node_modules', '.cache', 'client-scripts')
    const entryPoints = Object.values(SCRIPTS).map(file => resolve(nuxt.options.rootDir, file))
    await rm(outdir, { recursive: true, force: true })
    const result = await build({
      entryPoints,
      outdir,
      bundle: true,
      format: 'esm',
      target: 'es2020',
      minify: !nuxt.options.dev,
      entryNames: '[name]-[hash]',
      metafile: true,
      legalComments: 'none',
      logLevel: 'warning',
    })

    const addresses: Record<string, string> = {}
    for (const [output, { entryPoint }] of Object.entries(result.metafile.outputs)) {
      const key = Object.entries(SCRIPTS).find(([, file]) => entryPoint && resolve(entryPoint) === resolve(nuxt.options.rootDir, file))?.[0]
      if (key)
        addresses[key] = `/_scripts/${basename(output)}`
    }
    nuxt.options.runtimeConfig.public.clientScripts = addresses
    nuxt.options.nitro.publicAssets = [
      ...(nuxt.options.nitro.publicAssets ?? []),
      { baseURL: '/_scripts', dir: outdir, maxAge: 31_536_000 },
    ]
  },
})
