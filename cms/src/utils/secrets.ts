import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { DEV_ASSESSMENT_API_TOKEN, DEV_PREVIEW_API_TOKEN, DEV_PREVIEW_SECRET, DEV_REVALIDATE_SECRET, DEV_SITE_API_KEY, secretProblem, secretProblemMessage } from '@agency/shared'
import { appRoot } from './app-root'

/** The CMS's own secrets; outside production each is generated once and kept in .tmp/dev-secrets.json. */
const OWN_SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'] as const
type OwnSecret = typeof OWN_SECRETS[number]

/**
 * Secrets the site must hold too. Outside production both sides fall back to the same public development
 * values (`@agency/shared`), so a fresh clone runs with no setup; production refuses those values.
 */
const SHARED_SECRETS = {
  ASSESSMENT_API_TOKEN: DEV_ASSESSMENT_API_TOKEN,
  PREVIEW_API_TOKEN: DEV_PREVIEW_API_TOKEN,
  PREVIEW_SECRET: DEV_PREVIEW_SECRET,
  REVALIDATE_SECRET: DEV_REVALIDATE_SECRET,
  SITE_API_KEY: DEV_SITE_API_KEY,
} as const
type SharedSecret = keyof typeof SHARED_SECRETS

const DOCUMENTED_IN = 'cms/.env.example'
const DEV_SECRETS_FILE = path.join(appRoot(), '.tmp', 'dev-secrets.json')

export function isProduction(): boolean {
  return process.env.NODE_ENV === 'production'
}

const fromEnv = (name: string) => process.env[name]?.trim() ?? ''

const listOf = (value: string) => value.split(',').map(key => key.trim()).filter(Boolean)

/** APP_KEYS is a comma-separated list: every key in it must pass on its own, and it needs one at least. */
function valuesOf(name: string): string[] {
  const value = fromEnv(name)
  return name === 'APP_KEYS' && listOf(value).length > 0 ? listOf(value) : [value]
}

/** One line per secret that production cannot start with, each naming its variable. */
export function productionSecretProblems(): string[] {
  return [...OWN_SECRETS, ...Object.keys(SHARED_SECRETS)].flatMap((name) => {
    const problem = valuesOf(name).map(secretProblem).find(found => found !== undefined)
    return problem ? [secretProblemMessage(name, problem, DOCUMENTED_IN)] : []
  })
}

/** In production, stops the CMS at start with every secret that is missing or unfit, named at once. */
function assertProductionSecrets(): void {
  const problems = isProduction() ? productionSecretProblems() : []
  if (problems.length > 0)
    throw new Error(`The CMS cannot start in production (NODE_ENV=production):\n- ${problems.join('\n- ')}`)
}

function readDevSecrets(): Record<string, string> {
  try {
    return JSON.parse(fs.readFileSync(DEV_SECRETS_FILE, 'utf8')) as Record<string, string>
  }
  catch {
    return {}
  }
}

function generatedDevSecret(name: OwnSecret): string {
  const stored = readDevSecrets()
  const existing = stored[name]
  if (existing)
    return existing
  const generated = crypto.randomBytes(32).toString('base64')
  fs.mkdirSync(path.dirname(DEV_SECRETS_FILE), { recursive: true })
  fs.writeFileSync(DEV_SECRETS_FILE, `${JSON.stringify({ ...stored, [name]: generated }, null, 2)}\n`, { mode: 0o600 })
  return generated
}

/**
 * One of the CMS's own secrets. In production every secret is checked by the shared policy first; outside
 * production a value that is missing or a template placeholder is replaced by a generated one.
 */
export function secret(name: OwnSecret): string {
  assertProductionSecrets()
  const value = fromEnv(name)
  const problem = secretProblem(value)
  return problem === 'missing' || problem === 'placeholder' ? generatedDevSecret(name) : value
}

/** A comma-separated list of secrets, such as APP_KEYS. */
export function secretList(name: OwnSecret): string[] {
  return listOf(secret(name))
}

/** A secret the site holds too: the configured value, or outside production the public development one. */
export function sharedSecret(name: SharedSecret): string {
  assertProductionSecrets()
  return fromEnv(name) || SHARED_SECRETS[name]
}
