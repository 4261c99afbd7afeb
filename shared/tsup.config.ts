import { defineConfig } from 'tsup'

// Dual output: Strapi's compiled config and server code is CommonJS, Nuxt and integrators use ESM.
// `assessment` is the browser entry for the form: its zod/mini schema without axios or classic zod.
// `paths` is the site's addresses, for code that also runs in the browser.
export default defineConfig({
  entry: { index: 'src/index.ts', assessment: 'src/assessment.ts', paths: 'src/paths.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node24',
})
