import { defineConfig } from 'tsup'

// Dual output: Strapi's compiled config and server code is CommonJS, Nuxt and integrators use ESM.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
})
