import type { NitroRuntimeConfig } from 'nitropack/types'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { DEV_ASSESSMENT_API_TOKEN, DEV_PREVIEW_API_TOKEN, DEV_PREVIEW_SECRET, DEV_REVALIDATE_SECRET, DEV_SITE_API_KEY, secretProblem, secretProblemMessage } from '@agency/shared'
import { useRuntimeConfig } from 'nitropack/runtime'
import { siteMode } from './site-mode'

interface SiteSecret {
  variable: string
  read: (config: NitroRuntimeConfig) => string
  /** What development and local evaluation use when nothing is configured. */
  devDefault: () => string
}

/**
 * The form-token secret is the site's own: outside production it is generated once and kept in a
 * git-ignored file, so every process of one site (SITE_WORKERS) signs and checks forms alike.
 */
function generatedFormTokenSecret(): string {
  const file = path.resolve('.data', 'dev-form-token-secret')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 })
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
      throw error
  }
  return fs.readFileSync(file, 'utf8').trim()
}

/** Every secret the site holds, with the variable that sets it. The CMS's counterparts share the values. */
const SITE_SECRETS = {
  previewSecret: { variable: 'NUXT_PREVIEW_SECRET', read: config => config.preview.secret, devDefault: () => DEV_PREVIEW_SECRET },
  revalidateSecret: { variable: 'NUXT_REVALIDATE_SECRET', read: config => config.revalidate.secret, devDefault: () => DEV_REVALIDATE_SECRET },
  previewToken: { variable: 'NUXT_CMS_PREVIEW_TOKEN', read: config => config.cms.previewToken, devDefault: () => DEV_PREVIEW_API_TOKEN },
  formToken: { variable: 'NUXT_CMS_FORM_TOKEN', read: config => config.cms.formToken, devDefault: () => DEV_ASSESSMENT_API_TOKEN },
  siteKey: { variable: 'NUXT_CMS_SITE_KEY', read: config => config.cms.siteKey, devDefault: () => DEV_SITE_API_KEY },
  formTokenSecret: { variable: 'NUXT_ASSESSMENT_TOKEN_SECRET', read: config => config.assessment.tokenSecret, devDefault: generatedFormTokenSecret },
} satisfies Record<string, SiteSecret>

export type SiteSecretName = keyof typeof SITE_SECRETS

const DOCUMENTED_IN = 'web/.env.example'

/** One line per secret that production cannot start with, each naming its variable. */
export function productionSecretProblems(config: NitroRuntimeConfig = useRuntimeConfig()): string[] {
  return Object.values(SITE_SECRETS).flatMap(({ variable, read }) => {
    const problem = secretProblem(String(read(config) ?? ''))
    return problem ? [secretProblemMessage(variable, problem, DOCUMENTED_IN)] : []
  })
}

const resolved = new Map<SiteSecretName, string>()

/** A secret's configured value; outside production, its development default when none is configured. */
export function siteSecret(name: SiteSecretName): string {
  const known = resolved.get(name)
  if (known !== undefined)
    return known
  const { read, devDefault } = SITE_SECRETS[name]
  const configured = String(read(useRuntimeConfig()) ?? '').trim()
  const value = configured || (siteMode() === 'production' ? '' : devDefault())
  if (!value)
    throw new Error(`${SITE_SECRETS[name].variable} is not set; see ${DOCUMENTED_IN}.`)
  resolved.set(name, value)
  return value
}
