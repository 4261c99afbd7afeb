import { describe, expect, it } from 'vitest'
import { DEV_PREVIEW_SECRET, DEV_REVALIDATE_SECRET } from '../../src/dev-defaults'
import { MIN_SECRET_LENGTH, secretProblem, secretProblemMessage } from '../../src/secret-policy'

describe('secret policy', () => {
  it('accepts a long random value', () => {
    expect(secretProblem('q3VJ0n2u5cJ1m5XG8f0rQeC7wZP1yTzKp9a4sLbD6hE=')).toBeUndefined()
  })

  it.each([undefined, '', '   '])('calls %j missing', (value) => {
    expect(secretProblem(value)).toBe('missing')
  })

  it.each([DEV_PREVIEW_SECRET, DEV_REVALIDATE_SECRET, 'dev-only-anything-the-repository-ships-for-local-use'])('refuses the development default %j', (value) => {
    expect(secretProblem(value)).toBe('development-default')
  })

  it.each(['toBeModified1', 'changeme', 'change_me', 'replace-me', 'secret', 'your-secret-here', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '<generate-one>'])('refuses the placeholder %j', (value) => {
    expect(secretProblem(value)).toBe('placeholder')
  })

  it('refuses a value one character short of the minimum', () => {
    expect(secretProblem('k'.repeat(MIN_SECRET_LENGTH - 1) + '!')).toBeUndefined()
    expect(secretProblem('k'.repeat(MIN_SECRET_LENGTH - 2) + '!')).toBe('too-short')
  })

  it('names the variable, the problem and where it is documented', () => {
    expect(secretProblemMessage('NUXT_PREVIEW_SECRET', 'too-short', 'web/.env.example'))
      .toMatch(/^NUXT_PREVIEW_SECRET is shorter than 32 characters\..*see web\/\.env\.example\.$/)
  })
})
