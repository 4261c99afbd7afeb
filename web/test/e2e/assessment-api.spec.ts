import crypto from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, inject, it } from 'vitest'
import { countSubmissions, formToken, inBatches, postAssessment, STRESS, validFields } from '../support/assessments'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const cmsToken = inject('cmsToken')

describe('the assessment endpoint', () => {
  it('stores a valid request and answers 202', async () => {
    const fields = validFields({ company: `Accepted ${crypto.randomUUID()}` })
    const { status, body } = await postAssessment(webUrl, fields)
    expect(status).toBe(202)
    expect(body.status).toBe('received')
    expect(await countSubmissions(cmsUrl, cmsToken, { company: String(fields.company) })).toBe(1)
  })

  it('counts a repeated idempotency key once', async () => {
    const fields = validFields({ company: `Repeated ${crypto.randomUUID()}` })
    const results = await Promise.all([1, 2, 3].map(() => postAssessment(webUrl, fields)))
    expect(results.map(result => result.status)).toEqual([202, 202, 202])
    expect(await countSubmissions(cmsUrl, cmsToken, { company: String(fields.company) })).toBe(1)
  })

  it.each([
    { name: 'a filled honeypot', fields: () => validFields({ nickname: 'bot' }), message: /automated/ },
    { name: 'a form sent too fast', fields: () => validFields({ formToken: formToken(100) }), message: /That was quick/ },
    { name: 'an expired form', fields: () => validFields({ formToken: formToken(25 * 60 * 60 * 1000) }), message: /expired/ },
    { name: 'a forged token', fields: () => validFields({ formToken: `${formToken().slice(0, -4)}AAAA` }), message: /expired/ },
  ])('refuses $name with 400 and stores nothing', async ({ fields, message }) => {
    const request = fields({ company: `Refused ${crypto.randomUUID()}` })
    const { status, body } = await postAssessment(webUrl, request)
    expect(status).toBe(400)
    expect(body.message).toMatch(message)
    expect(await countSubmissions(cmsUrl, cmsToken, { company: String(request.company) })).toBe(0)
  })

  it('rate-limits one visitor with 429 and Retry-After', async () => {
    const visitor = '192.0.2.77'
    const answers = []
    for (let attempt = 0; attempt < 21; attempt++)
      answers.push(await postAssessment(webUrl, { name: 'x' }, visitor))
    expect(answers.slice(0, 20).every(answer => answer.status === 400)).toBe(true)
    const limited = answers[20]
    expect(limited?.status).toBe(429)
    expect(Number(limited?.retryAfter)).toBeGreaterThan(0)
    expect(limited?.body.message).toMatch(/try again in/)
  })

  it('refuses oversized and non-form bodies with 413 and 415', async () => {
    const huge = await fetch(`${webUrl}/api/assessments`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(validFields({ message: 'x'.repeat(100_000) })) })
    expect(huge.status).toBe(413)
    const text = await fetch(`${webUrl}/api/assessments`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' })
    expect(text.status).toBe(415)
    const array = await fetch(`${webUrl}/api/assessments`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[1,2]' })
    expect(array.status).toBe(400)
  })

  it('answers 1,000 generated malformed requests with a 4xx and a message, storing none', async () => {
    const marker = `Malformed ${crypto.randomUUID()}`
    const invalidValue = fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }))
    const malformed = fc.record({
      name: fc.oneof(fc.constant(''), fc.string({ maxLength: 3 }).map(name => ` ${name} `), fc.integer(), fc.constant('x'.repeat(101))),
      email: fc.oneof(fc.string({ maxLength: 20 }).filter(email => !email.includes('@')), fc.constant('a@'), fc.constant('@b.example'), fc.integer()),
      websiteUrl: fc.oneof(fc.constantFrom('ftp://example.com', 'javascript:alert(1)', 'http://localhost', 'no spaces.example', '', 'http://'), fc.integer()),
      consent: fc.oneof(fc.constant('false'), fc.constant(false), fc.constant(null), fc.string({ maxLength: 5 })),
      services: fc.oneof(fc.constant(['Not A Slug']), fc.constant(['time-travel']), invalidValue),
      phone: fc.oneof(fc.constant('call me maybe'), fc.constant('9'.repeat(41))),
      idempotencyKey: fc.oneof(fc.string({ maxLength: 10 }), fc.constant('../../../etc/passwd')),
    }, { requiredKeys: [] })
    const payloads = fc.sample(malformed, { numRuns: 1000, seed: 20261129 })
      .map(extra => ({ ...validFields({ company: marker }), ...extra }))

    const statuses = await inBatches(payloads, 25, async (payload) => {
      const { status, body } = await postAssessment(webUrl, payload)
      return { status, hasMessage: typeof body.message === 'string' && body.message.length > 0 }
    })
    const unexpected = statuses.filter(({ status, hasMessage }) => status < 400 || status >= 500 || !hasMessage)
    expect(unexpected).toEqual([])
    expect(await countSubmissions(cmsUrl, cmsToken, { company: marker })).toBe(0)
  })

  const total = STRESS ? 500 : 100
  const concurrency = STRESS ? 50 : 20
  it(`stores exactly ${total} of ${total} valid requests sent ${concurrency} at a time`, async () => {
    const marker = `Concurrent ${crypto.randomUUID()}`
    const requests = Array.from({ length: total }, () => validFields({ company: marker }))
    const statuses = await inBatches(requests, concurrency, async fields => (await postAssessment(webUrl, fields)).status)
    expect(statuses.filter(status => status !== 202)).toEqual([])
    expect(await countSubmissions(cmsUrl, cmsToken, { company: marker })).toBe(total)
  }, 240_000)
})
