import type { Core } from '@strapi/strapi'
import { CSP_DEFAULTS } from '@strapi/utils'
import { objectStorageOrigin } from '../src/upload/object-storage'
import { siteUrl } from '../src/utils/preview-url'

/** Strapi's own sources for a directive, and the object storage's origin when uploads go there. */
function withStorage(directive: keyof typeof CSP_DEFAULTS): string[] {
  const storage = objectStorageOrigin()
  return [...CSP_DEFAULTS[directive], ...(storage ? [storage] : [])]
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::cors',
    config: {
      origin: env.array('CORS_ORIGINS', ['http://localhost:3000', 'http://127.0.0.1:3000']),
      headers: ['Content-Type', 'Authorization', 'Accept', 'Idempotency-Key'],
      keepHeaderOnError: true,
    },
  },
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // The admin's Preview shows the public site in a frame.
          'frame-src': ['\'self\'', siteUrl()],
          // The media library shows, plays and crops files straight from the object storage.
          'img-src': withStorage('img-src'),
          'media-src': withStorage('media-src'),
          'connect-src': withStorage('connect-src'),
        },
      },
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  {
    name: 'strapi::body',
    config: { jsonLimit: '256kb', formLimit: '256kb', textLimit: '256kb' },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  {
    name: 'global::public-api-limits',
    config: {
      enabled: env.bool('API_RATE_LIMIT_ENABLED', true),
      points: env.int('API_RATE_LIMIT_POINTS', 600),
      windowSeconds: env.int('API_RATE_LIMIT_WINDOW_SECONDS', 60),
      // Redis counts each address across CMS instances.
      store: env.oneOf('API_RATE_LIMIT_STORE', ['memory', 'redis'], 'memory'),
      redisUrl: env('REDIS_URL', 'redis://127.0.0.1:6379'),
      redisKeyPrefix: env('REDIS_KEY_PREFIX', 'agency:cms:'),
      maxFilterDepth: env.int('API_PUBLIC_MAX_FILTER_DEPTH', 5),
      maxPopulateDepth: env.int('API_PUBLIC_MAX_POPULATE_DEPTH', 3),
    },
  },
  // Last, so that every middleware above runs for a cached read as for any other. Add new ones above it.
  {
    name: 'global::api-cache',
    config: {
      enabled: env.bool('API_CACHE_ENABLED', true),
      maxMegabytes: env.int('API_CACHE_MAX_MB', 64),
      maxAgeSeconds: env.int('API_CACHE_MAX_AGE_SECONDS', 300),
      // Off unless asked for: hits it answers skip every middleware above (api-cache/front-door.ts).
      frontDoor: env.bool('API_CACHE_FRONT_DOOR', false),
      // Redis shares the cache, and the news of every write, between CMS instances.
      store: env.oneOf('API_CACHE_STORE', ['memory', 'redis'], 'memory'),
      redisUrl: env('API_CACHE_REDIS_URL', env('REDIS_URL', 'redis://127.0.0.1:6379')),
      redisKeyPrefix: env('REDIS_KEY_PREFIX', 'agency:cms:'),
    },
  },
]

export default config
