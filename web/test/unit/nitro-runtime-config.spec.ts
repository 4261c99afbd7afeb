import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/** The source of `useRuntimeConfig` in the Nitro that this Nuxt builds the server with. */
function nitroRuntimeConfigSource(): string {
  const fromNuxt = createRequire(createRequire(import.meta.url).resolve('nuxt/package.json'))
  const nitro = path.dirname(fromNuxt.resolve('nitropack/package.json'))
  return fs.readFileSync(path.join(nitro, 'dist', 'runtime', 'internal', 'config.mjs'), 'utf8')
}

describe('server/plugins/shared-runtime-config.ts relies on Nitro', () => {
  it('returning the config a request already carries from useRuntimeConfig(event), before copying its own', () => {
    const source = nitroRuntimeConfigSource()
    const start = source.indexOf('export function useRuntimeConfig(event)')
    expect(start, 'useRuntimeConfig(event) is where it was').toBeGreaterThanOrEqual(0)
    const body = source.slice(start)
    const reuse = body.indexOf('if (event.context.nitro.runtimeConfig) {\n    return event.context.nitro.runtimeConfig;')
    const copy = body.indexOf('klona(_inlineRuntimeConfig)')
    expect(reuse).toBeGreaterThan(0)
    expect(copy).toBeGreaterThan(reuse)
  })
})
