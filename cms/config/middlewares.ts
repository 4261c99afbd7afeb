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
  // Last, so that every middleware above runs for a cached read as for any other. Add new ones above it.
  {
    name: 'global::api-cache',
    config: {
      enabled: env.bool('API_CACHE_ENABLED', true),
      maxMegabytes: env.int('API_CACHE_MAX_MB', 64),
      maxAgeSeconds: env.int('API_CACHE_MAX_AGE_SECONDS', 300),
      // Off unless asked for: hits it answers skip every middleware above (api-cache/front-door.ts).
      frontDoor: env.bool('API_CACHE_FRONT_DOOR', false),
    },
  },
]

export default config
