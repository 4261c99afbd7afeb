import type { Core } from '@strapi/strapi'
import { secretList } from '../src/utils/secrets'

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  proxy: { koa: env.bool('IS_PROXIED', false) },
  app: { keys: secretList('APP_KEYS') },
  // The update check calls the npm registry on every start; releases are managed through the lockfile.
  logger: { updates: { enabled: false }, startup: { enabled: env.bool('STRAPI_STARTUP_BANNER', true) } },
})

export default config
