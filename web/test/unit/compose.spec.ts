import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

/**
 * No Docker engine runs where these tests do, so the production topology is checked as written: the
 * services, their health checks and dependencies, build contexts that exist, and every variable the
 * compose file reads documented in .env.example.
 */

const root = path.resolve(import.meta.dirname, '..', '..', '..')
const composeText = fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')

interface Service {
  image?: string
  build?: { context: string, dockerfile: string }
  healthcheck?: { test: unknown[] }
  depends_on?: Record<string, { condition: string }>
  environment?: Record<string, string>
  volumes?: string[]
  profiles?: string[]
  restart?: string
}

const compose = parse(composeText) as { services: Record<string, Service>, volumes: Record<string, unknown> }
const { services } = compose

describe('docker-compose.yml', () => {
  it('runs PostgreSQL 16 or newer, Redis, the CMS and the site, and MinIO for those who ask for it', () => {
    expect(Object.keys(services).sort()).toEqual(['cms', 'minio', 'minio-bucket', 'postgres', 'redis', 'web'])
    expect(services.minio?.profiles).toEqual(['object-storage'])
    expect(services['minio-bucket']?.profiles).toEqual(['object-storage'])
    expect(Number(services.postgres?.image?.match(/^postgres:(\d+)/)?.[1])).toBeGreaterThanOrEqual(16)
    expect(services.redis?.image).toMatch(/^redis:\d/)
  })

  it('gives every service a health check, except a job that runs once', () => {
    for (const [name, service] of Object.entries(services).filter(([, service]) => service.restart !== 'no'))
      expect(service.healthcheck?.test.length, name).toBeGreaterThan(0)
  })

  it('starts the site only once the CMS and Redis are healthy, and the CMS once PostgreSQL and Redis are', () => {
    expect(services.web?.depends_on).toEqual({ cms: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } })
    expect(services.cms?.depends_on).toEqual({ postgres: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } })
  })

  it('keeps the database and the uploads on volumes', () => {
    expect(services.postgres?.volumes?.some(volume => volume.endsWith(':/var/lib/postgresql/data'))).toBe(true)
    expect(services.cms?.volumes?.some(volume => volume.endsWith(':/app/public/uploads'))).toBe(true)
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['postgres-data', 'cms-uploads']))
  })

  it('builds the CMS and the site from Dockerfiles that exist, on a current Node LTS, with health checks', () => {
    for (const name of ['cms', 'web']) {
      const build = services[name]?.build
      const dockerfile = path.join(root, build?.context ?? '', build?.dockerfile ?? '')
      expect(fs.existsSync(dockerfile), dockerfile).toBe(true)
      const text = fs.readFileSync(dockerfile, 'utf8')
      expect(text).toMatch(/^FROM node:24-/m)
      expect(text).toMatch(/^HEALTHCHECK /m)
      expect(text).toMatch(/AS runtime/)
    }
  })

  it('runs the CMS in production on PostgreSQL and the site with its cache in Redis', () => {
    expect(services.cms?.environment).toMatchObject({ NODE_ENV: 'production', DATABASE_CLIENT: 'postgres' })
    expect(services.web?.environment).toMatchObject({ NUXT_REDIS_URL: 'redis://redis:6379' })
    expect(services.web?.environment).not.toHaveProperty('NUXT_LOCAL_EVALUATION')
  })

  it('passes the object storage settings to the CMS, and its public URL to the site', () => {
    for (const name of ['UPLOAD_PROVIDER', 'S3_ENDPOINT', 'S3_REGION', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'S3_PUBLIC_URL', 'S3_ACL'])
      expect(services.cms?.environment, name).toHaveProperty(name)
    expect(services.web?.environment?.NUXT_CMS_MEDIA_URL).toBe('${S3_PUBLIC_URL:-}')
  })

  it('documents every variable it reads in .env.example', () => {
    const documented = new Set([...fs.readFileSync(path.join(root, '.env.example'), 'utf8').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map(([, name]) => name))
    const used = new Set([...composeText.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map(([, name]) => name))
    expect([...used].filter(name => !documented.has(name))).toEqual([])
  })
})
