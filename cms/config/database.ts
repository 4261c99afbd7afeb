import type { Core } from '@strapi/strapi'
import path from 'node:path'
import { reuseStatements } from '../src/database/reused-statements'
import { appRoot } from '../src/utils/app-root'

/** SQLite is the embedded default; PostgreSQL when DATABASE_CLIENT=postgres. */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite')
  if (client === 'postgres') {
    const url = new URL(env('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/agency'))
    return {
      connection: {
        client: 'postgres',
        connection: {
          host: url.hostname,
          port: Number(url.port || 5432),
          user: decodeURIComponent(url.username),
          password: decodeURIComponent(url.password),
          database: decodeURIComponent(url.pathname.slice(1)),
          ssl: env.bool('DATABASE_SSL', false) && { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) },
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    }
  }
  if (client !== 'sqlite')
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", not "${client}".`)
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(appRoot(), env('DATABASE_FILENAME', '.tmp/data.db')) },
      useNullAsDefault: true,
      pool: { afterCreate: reuseStatements },
    },
  }
}

export default config
