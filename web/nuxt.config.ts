import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { routeRules } from './config/route-rules'

const fontFiles = (pkg: string) => join(dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)), 'files')

export default defineNuxtConfig({
  modules: ['@nuxt/content', '@nuxt/image'],

  devtools: { enabled: false },
  telemetry: false,

  app: {
    head: {
      htmlAttrs: { lang: 'en' },
      meta: [
        { name: 'viewport', content: 'width=device-width, initial-scale=1' },
        { name: 'theme-color', content: '#faf7f2' },
      ],
      link: [
        { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' },
        { rel: 'preload', as: 'font', type: 'font/woff2', href: '/fonts/inter/inter-latin-wght-normal.woff2', crossorigin: '' },
        { rel: 'preload', as: 'font', type: 'font/woff2', href: '/fonts/fraunces/fraunces-latin-wght-normal.woff2', crossorigin: '' },
      ],
    },
  },

  css: ['~/assets/css/fonts.css', '~/assets/css/tokens.css', '~/assets/css/base.css'],

  runtimeConfig: {
    cms: {
      /** Origin of the Strapi server as this server reaches it (NUXT_CMS_URL). */
      url: 'http://127.0.0.1:1337',
      /** A read-only Strapi API token (NUXT_CMS_TOKEN); empty reads as the Public role. */
      token: '',
      timeoutMs: 5000,
    },
    blog: {
      /** Articles per blog and category page (NUXT_BLOG_PAGE_SIZE). */
      pageSize: 6,
    },
  },

  routeRules,

  compatibilityDate: '2025-07-15',

  experimental: {
    typedPages: true,
  },

  nitro: {
    compressPublicAssets: true,
    publicAssets: [
      { baseURL: '/fonts/inter', dir: fontFiles('@fontsource-variable/inter'), maxAge: 31_536_000 },
      { baseURL: '/fonts/fraunces', dir: fontFiles('@fontsource-variable/fraunces'), maxAge: 31_536_000 },
    ],
    externals: {
      // The built server otherwise crashes on start with "Cannot find module …/async-function/require.mjs"
      // (nitrojs/nitro#4468, vercel/nft#603, reached through axios → form-data). Remove once nft is fixed.
      traceOptions: { conditions: ['node', 'module-sync'] },
    },
  },

  vite: {
    build: { modulePreload: { polyfill: false } },
  },

  typescript: {
    strict: true,
    tsConfig: { compilerOptions: { noUncheckedIndexedAccess: true } },
  },

  content: {
    build: { markdown: { toc: { depth: 2 } } },
  },

  image: {
    // CMS uploads are proxied same-origin by server/routes/uploads and already come in Strapi's formats.
    provider: 'none',
  },
})
