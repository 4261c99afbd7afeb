import { DEV_PREVIEW_SECRET } from '@agency/shared'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { productionSecretProblems, secret, secretList, sharedSecret } from '../../src/utils/secrets'

const STRONG = 'q3VJ0n2u5cJ1m5XG8f0rQeC7wZP1yTzKp9a4sLbD6hE='
const EVERY_SECRET = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'ASSESSMENT_API_TOKEN', 'PREVIEW_API_TOKEN', 'PREVIEW_SECRET', 'REVALIDATE_SECRET', 'SITE_API_KEY']

describe('secrets', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  describe('in production', () => {
    beforeEach(() => {
      vi.stubEnv('NODE_ENV', 'production')
      for (const name of EVERY_SECRET)
        vi.stubEnv(name, `${name.toLowerCase()}-${STRONG}`)
    })

    it('takes every secret from the environment', () => {
      expect(productionSecretProblems()).toEqual([])
      expect(secret('ADMIN_JWT_SECRET')).toBe(`admin_jwt_secret-${STRONG}`)
      expect(sharedSecret('PREVIEW_SECRET')).toBe(`preview_secret-${STRONG}`)
    })

    it('stops with a message naming every missing secret at once', () => {
      vi.stubEnv('API_TOKEN_SALT', '')
      vi.stubEnv('REVALIDATE_SECRET', '')
      expect(() => secret('JWT_SECRET')).toThrow(/API_TOKEN_SALT is not set[\s\S]*REVALIDATE_SECRET is not set/)
    })

    it.each(['toBeModified', 'tobemodified1', 'changeme', 'change-me', 'secret'])('stops on the placeholder %j', (placeholder) => {
      vi.stubEnv('JWT_SECRET', placeholder)
      expect(() => secret('ADMIN_JWT_SECRET')).toThrow(/JWT_SECRET still holds a placeholder value.*cms\/\.env\.example/)
    })

    it('stops on a site secret left at its public development value', () => {
      vi.stubEnv('PREVIEW_SECRET', DEV_PREVIEW_SECRET)
      expect(() => sharedSecret('PREVIEW_SECRET')).toThrow(/PREVIEW_SECRET holds the public development default/)
    })

    it('stops on a short key in a list of keys', () => {
      vi.stubEnv('APP_KEYS', `${STRONG},short`)
      expect(productionSecretProblems()).toEqual([expect.stringMatching(/^APP_KEYS is shorter than 32 characters/)])
    })

    it('splits a list of keys', () => {
      vi.stubEnv('APP_KEYS', `one-${STRONG}, two-${STRONG},,three-${STRONG}`)
      expect(secretList('APP_KEYS')).toEqual([`one-${STRONG}`, `two-${STRONG}`, `three-${STRONG}`])
    })
  })

  describe('outside production', () => {
    it('falls back to the public development value the site knows too', () => {
      vi.stubEnv('NODE_ENV', 'development')
      vi.stubEnv('PREVIEW_SECRET', '')
      expect(sharedSecret('PREVIEW_SECRET')).toBe(DEV_PREVIEW_SECRET)
    })

    it('generates a missing secret once and keeps it', () => {
      vi.stubEnv('NODE_ENV', 'development')
      vi.stubEnv('TRANSFER_TOKEN_SALT', '')
      const generated = secret('TRANSFER_TOKEN_SALT')
      expect(generated).toHaveLength(44)
      expect(secret('TRANSFER_TOKEN_SALT')).toBe(generated)
    })
  })
})
