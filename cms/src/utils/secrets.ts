import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { appRoot } from './app-root'

/** Values copied from templates that must never reach production. */
const PLACEHOLDERS = /^(?:|changeme|change-me|change_me|tobemodified\d*|replace-me|secret|example)$/i

const DEV_SECRETS_FILE = path.join(appRoot(), '.tmp', 'dev-secrets.json')

function isProduction(): boolean {
  return process.env.NODE_ENV === 'production'
}

function readDevSecrets(): Record<string, string> {
  try {
    return JSON.parse(fs.readFileSync(DEV_SECRETS_FILE, 'utf8')) as Record<string, string>
  }
  catch {
    return {}
  }
}

/**
 * Reads a secret from the environment. In production a missing or template value stops the CMS with a
 * message naming it. Elsewhere a random value is generated once and kept in .tmp/dev-secrets.json
 * (git-ignored, development only), so a fresh clone starts without any setup.
 */
export function secret(name: string): string {
  const value = process.env[name]?.trim()
  if (value && !PLACEHOLDERS.test(value))
    return value
  if (isProduction()) {
    throw new Error(value
      ? `${name} still holds a placeholder value. Set a real secret (e.g. \`openssl rand -base64 32\`) before starting in production.`
      : `${name} is not set. Every secret must come from the environment in production; see cms/.env.example.`)
  }
  const stored = readDevSecrets()
  const existing = stored[name]
  if (existing)
    return existing
  const generated = crypto.randomBytes(32).toString('base64')
  fs.mkdirSync(path.dirname(DEV_SECRETS_FILE), { recursive: true })
  fs.writeFileSync(DEV_SECRETS_FILE, `${JSON.stringify({ ...stored, [name]: generated }, null, 2)}\n`, { mode: 0o600 })
  return generated
}

/** A comma-separated list of secrets, such as APP_KEYS. */
export function secretList(name: string): string[] {
  return secret(name).split(',').map(key => key.trim()).filter(Boolean)
}
