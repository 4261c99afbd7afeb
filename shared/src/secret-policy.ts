import { DEV_ASSESSMENT_API_TOKEN, DEV_PREVIEW_API_TOKEN, DEV_PREVIEW_SECRET, DEV_REVALIDATE_SECRET, DEV_SITE_API_KEY } from './dev-defaults'

/** 32 characters: what `openssl rand -base64 24` gives, and too many to guess or brute-force. */
export const MIN_SECRET_LENGTH = 32

/** Values that are public knowledge: this repository's development defaults. */
const DEVELOPMENT_DEFAULTS: ReadonlySet<string> = new Set([DEV_ASSESSMENT_API_TOKEN, DEV_PREVIEW_API_TOKEN, DEV_PREVIEW_SECRET, DEV_REVALIDATE_SECRET, DEV_SITE_API_KEY])

/** Values copied from templates and examples that must never reach production. */
const PLACEHOLDER = /^(?:changeme|change[-_]me|tobemodified\d*|replace[-_]?me|secret|example|password|your[-_].*|x+|<.*>)$/i

export type SecretProblem = 'missing' | 'development-default' | 'placeholder' | 'too-short'

/**
 * What is wrong with a secret for production, or undefined when nothing is. The CMS and the site judge
 * every secret they are given by these same rules at start.
 */
export function secretProblem(value: string | undefined): SecretProblem | undefined {
  const secret = value?.trim() ?? ''
  if (!secret)
    return 'missing'
  if (DEVELOPMENT_DEFAULTS.has(secret) || secret.startsWith('dev-only-'))
    return 'development-default'
  if (PLACEHOLDER.test(secret))
    return 'placeholder'
  if (secret.length < MIN_SECRET_LENGTH)
    return 'too-short'
  return undefined
}

const EXPLANATIONS: Record<SecretProblem, string> = {
  'missing': 'is not set',
  'development-default': 'holds the public development default',
  'placeholder': 'still holds a placeholder value',
  'too-short': `is shorter than ${MIN_SECRET_LENGTH} characters`,
}

/** A sentence naming the variable, what is wrong with it, how to make one and where it is documented. */
export function secretProblemMessage(variable: string, problem: SecretProblem, documentedIn: string): string {
  return `${variable} ${EXPLANATIONS[problem]}. Production needs a private value of at least ${MIN_SECRET_LENGTH} characters (\`openssl rand -base64 32\`); see ${documentedIn}.`
}
