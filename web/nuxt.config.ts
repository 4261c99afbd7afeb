import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { routeRules } from './config/route-rules'

const fontFiles = (pkg: string) => join(dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)), 'files')

export default defineNuxtConfig({
  modules: ['@nuxt/content', '@nuxt/image', './modules/client-scripts', './modules/site-icons'],

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
    /**
     * A production build refuses development secrets and lets search engines in. `true` (NUXT_LOCAL_EVALUATION)
     * is for trying a production build on your own machine only; it is logged loudly at start.
     */
    localEvaluation: false,
    /** Whether robots.txt lets search engines in, in production (NUXT_INDEXABLE); `false` for a staging copy. */
    indexable: true,
    public: {
      /** The site's public origin, for canonical URLs, the sitemap and feeds (NUXT_PUBLIC_SITE_URL). */
      siteUrl: 'http://localhost:3000',
    },
    cms: {
      /** Origin of the Strapi server as this server reaches it (NUXT_CMS_URL). */
      url: 'http://127.0.0.1:1337',
      /** A read-only Strapi API token (NUXT_CMS_TOKEN); empty reads as the Public role. */
      token: '',
      /** The token that may create assessment submissions and nothing else (NUXT_CMS_FORM_TOKEN). */
      formToken: '',
      /** The token that may read drafts, for the admin's preview (NUXT_CMS_PREVIEW_TOKEN). */
      previewToken: '',
      /** The CMS's SITE_API_KEY (NUXT_CMS_SITE_KEY): the public API limits do not count this server's reads. */
      siteKey: '',
      /** The CMS admin's public origin, the only one allowed to frame preview pages (NUXT_CMS_PUBLIC_URL). */
      publicUrl: 'http://localhost:1337',
      /**
       * The object storage's public URL the CMS keeps media under (NUXT_CMS_MEDIA_URL, the CMS's
       * S3_PUBLIC_URL); empty while the CMS keeps them on its disk. Either way pages show them under
       * /uploads/, served from this origin.
       */
      mediaUrl: '',
      timeoutMs: 5000,
      /** Keep CMS reads until the CMS reports a change (NUXT_CMS_CACHE_READS); off, every render asks the CMS. */
      cacheReads: true,
    },
    assessment: {
      /** Signs the form's fill-time token (NUXT_ASSESSMENT_TOKEN_SECRET); required in production. */
      tokenSecret: '',
      /** A form sent sooner than this after the page loaded is taken for a bot. */
      minFillSeconds: 3,
      /** Submissions each visitor (IP address) may send per window. */
      rateLimitPoints: 5,
      rateLimitWindowSeconds: 600,
      /** Read the visitor's address from X-Forwarded-For; only behind a proxy that sets it. */
      trustProxy: false,
      /** Where requests wait while the CMS is unreachable, when Redis is not configured. */
      outboxDir: '.data/assessment-outbox',
      outboxIntervalMs: 5000,
    },
    preview: {
      /** Verifies the CMS's signed preview links (NUXT_PREVIEW_SECRET, the CMS's PREVIEW_SECRET). */
      secret: '',
    },
    revalidate: {
      /** The bearer secret the CMS's webhook sends (NUXT_REVALIDATE_SECRET, the CMS's REVALIDATE_SECRET). */
      secret: '',
    },
    pageCache: {
      /** Serve rendered pages from the cache (NUXT_PAGE_CACHE_ENABLED); off, every request renders. */
      enabled: true,
      /** After this, a cached page is served once more while a fresh copy renders in the background. */
      maxAgeSeconds: 300,
      /** How long a CDN in front may keep a page (s-maxage); purges do not reach it before. */
      cdnMaxAgeSeconds: 60,
    },
    redis: {
      /** Shares the cache, the rate limit and the outbox between instances (NUXT_REDIS_URL, or REDIS_URL). */
      url: '',
      /** Namespaces this site's keys, so several sites or environments can share one Redis. */
      keyPrefix: 'agency',
    },
    blog: {
      /** Articles per blog and category page (NUXT_BLOG_PAGE_SIZE). */
      pageSize: 6,
    },
    images: {
      /** Memory kept for images already resized, least recently used out first (NUXT_IMAGES_CACHE_MEGABYTES). */
      cacheMegabytes: 128,
    },
    work: {
      /** Case studies per page of the work list (NUXT_WORK_PAGE_SIZE). */
      pageSize: 6,
    },
  },

  routeRules,

  // The image endpoint at @nuxt/image's IPX address: its allow-list and cache in front of IPX.
  serverHandlers: [
    { route: '/_ipx/**', method: 'get', handler: fileURLToPath(new URL('./server/images/image-route.ts', import.meta.url)) },
  ],

  compatibilityDate: '2025-07-15',

  hooks: {
    // Runs before Nuxt's own error page, which stays the fallback for everything it does not handle.
    'nitro:config': (config) => {
      config.errorHandler = ['~~/server/error-handlers/stale-page', ...[config.errorHandler ?? []].flat()]
    },
  },

  features: {
    // Stylesheets are linked, then put into the page by server/plugins/inline-styles.ts from memory.
    // Nuxt's own inlining collected a style tag per rendered component on every request, some twice.
    inlineStyles: false,
  },

  experimental: {
    typedPages: true,
  },

  nitro: {
    compressPublicAssets: true,
    publicAssets: [
      { baseURL: '/fonts/inter', dir: fontFiles('@fontsource-variable/inter'), maxAge: 31_536_000 },
      { baseURL: '/fonts/fraunces', dir: fontFiles('@fontsource-variable/fraunces'), maxAge: 31_536_000 },
    ],
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
    // CMS uploads are resized on this origin by server/images, at the sizes of shared/utils/images.ts.
    provider: 'ipx',
  },
})
