import { afterEach, describe, expect, it, vi } from 'vitest'
import { secret, secretList } from '../../src/utils/secrets'

describe('secrets', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('takes a secret from the environment', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('ADMIN_JWT_SECRET', 'a-real-secret-value')
    expect(secret('ADMIN_JWT_SECRET')).toBe('a-real-secret-value')
  })

  it('stops production with a message naming a missing secret', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('API_TOKEN_SALT', '')
    expect(() => secret('API_TOKEN_SALT')).toThrow(/API_TOKEN_SALT is not set/)
  })

  it.each(['toBeModified', 'tobemodified1', 'changeme', 'change-me', 'secret'])('stops production on the placeholder %j', (placeholder) => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('JWT_SECRET', placeholder)
    expect(() => secret('JWT_SECRET')).toThrow(/JWT_SECRET still holds a placeholder value/)
  })

  it('splits a list of keys', () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('APP_KEYS', 'key-one, key-two,,key-three')
    expect(secretList('APP_KEYS')).toEqual(['key-one', 'key-two', 'key-three'])
  })
})
