import type { AssessmentFormValues } from '../../src/schemas/assessment-input'
import { describe, expect, it } from 'vitest'
import { ASSESSMENT_FIELD_LIMITS, assessmentInputSchema } from '../../src/schemas/assessment-input'

/** What the form sends when a visitor fills in every required field correctly. */
function validForm(): AssessmentFormValues {
  return {
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    company: 'Analytical Engines Ltd',
    websiteUrl: 'example.com',
    consent: true,
    idempotencyKey: 'b6f0c1d2-3e4f-4a5b-8c7d-9e0f1a2b3c4d',
  }
}

/** The messages of the issues at `path`, or [] when the form is valid there. */
function messagesAt(input: unknown, path: string): string[] {
  const result = assessmentInputSchema.safeParse(input)
  if (result.success)
    return []
  return result.error.issues.filter(issue => issue.path.join('.') === path).map(issue => issue.message)
}

describe('assessmentInputSchema', () => {
  describe('a valid request', () => {
    it('parses and fills in the defaults for optional fields', () => {
      expect(assessmentInputSchema.parse(validForm())).toEqual({
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        company: 'Analytical Engines Ltd',
        websiteUrl: 'https://example.com/',
        phone: undefined,
        services: [],
        message: '',
        consent: true,
        idempotencyKey: 'b6f0c1d2-3e4f-4a5b-8c7d-9e0f1a2b3c4d',
      })
    })

    it('is normalised: trimmed text, a lower-case email and a canonical website URL', () => {
      const parsed = assessmentInputSchema.parse({
        ...validForm(),
        name: '  Ada Lovelace \n',
        email: '  Ada.Lovelace@Example.COM ',
        company: '\tAnalytical Engines Ltd ',
        websiteUrl: ' Example.com/Shop#pricing ',
        phone: ' +44 (0)20 7946-0958 ',
        services: ['web-design', 'seo'],
        message: '  Our site is slow.  ',
        sourcePage: ' /services/web-design?ref=nav ',
      })
      expect(parsed).toMatchObject({
        name: 'Ada Lovelace',
        email: 'ada.lovelace@example.com',
        company: 'Analytical Engines Ltd',
        websiteUrl: 'https://example.com/Shop',
        phone: '+44 (0)20 7946-0958',
        services: ['web-design', 'seo'],
        message: 'Our site is slow.',
        sourcePage: '/services/web-design?ref=nav',
      })
    })

    it('turns an empty or blank phone number into no phone number', () => {
      expect(assessmentInputSchema.parse({ ...validForm(), phone: '' }).phone).toBeUndefined()
      expect(assessmentInputSchema.parse({ ...validForm(), phone: '   ' }).phone).toBeUndefined()
    })

    it('drops fields a visitor may not set, such as the status', () => {
      const parsed = assessmentInputSchema.parse({ ...validForm(), status: 'won', score: 100, notes: 'VIP' })
      expect(parsed).not.toHaveProperty('status')
      expect(parsed).not.toHaveProperty('score')
      expect(parsed).not.toHaveProperty('notes')
    })
  })

  describe('the name and the company', () => {
    it.each([
      ['name', 'Please enter your name.'],
      ['company', 'Please enter your company name.'],
    ] as const)('rejects an assessment without a %s', (field, message) => {
      const { [field]: _omitted, ...rest } = validForm()
      expect(messagesAt(rest, field)).toEqual([message])
      expect(messagesAt({ ...validForm(), [field]: '' }, field)).toEqual([message])
      expect(messagesAt({ ...validForm(), [field]: '   ' }, field)).toEqual([message])
      expect(messagesAt({ ...validForm(), [field]: 42 }, field)).toEqual([message])
    })

    it('rejects a name longer than 100 characters', () => {
      expect(messagesAt({ ...validForm(), name: 'a'.repeat(100) }, 'name')).toEqual([])
      expect(messagesAt({ ...validForm(), name: 'a'.repeat(101) }, 'name')).toEqual(['Your name can be at most 100 characters.'])
    })

    it('rejects a company name longer than 120 characters', () => {
      expect(messagesAt({ ...validForm(), company: 'a'.repeat(121) }, 'company')).toEqual(['Your company name can be at most 120 characters.'])
    })

    it('measures the length after trimming', () => {
      expect(messagesAt({ ...validForm(), name: ` ${'a'.repeat(100)} ` }, 'name')).toEqual([])
    })
  })

  describe('the email', () => {
    it('rejects an assessment without an email', () => {
      const { email: _omitted, ...rest } = validForm()
      expect(messagesAt(rest, 'email')).toEqual(['Please enter your email address.'])
    })

    it.each(['', 'ada', 'ada@', '@example.com', 'ada@example', 'ada @example.com', 'ada@@example.com'])(
      'rejects an assessment without a valid email: %j',
      (email) => {
        expect(messagesAt({ ...validForm(), email }, 'email')).toEqual(['Please enter an email address like name@example.com.'])
      },
    )

    it('rejects an email longer than 254 characters', () => {
      const email = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`
      expect(messagesAt({ ...validForm(), email }, 'email')).toContain('That email address is too long.')
    })
  })

  describe('the website address', () => {
    it('rejects an assessment without a website address', () => {
      const { websiteUrl: _omitted, ...rest } = validForm()
      expect(messagesAt(rest, 'websiteUrl')).toEqual(['Please enter your website address.'])
    })

    it.each(['', 'localhost', 'not a website', 'ftp://example.com', 'javascript:alert(1)', '127.0.0.1', 'https://user:pw@example.com'])(
      'rejects an address that is not a public website: %j',
      (websiteUrl) => {
        expect(messagesAt({ ...validForm(), websiteUrl }, 'websiteUrl')).toEqual(['Please enter a website address like example.com.'])
      },
    )

    it('rejects an address longer than 2048 characters', () => {
      const websiteUrl = `example.com/${'a'.repeat(2048)}`
      expect(messagesAt({ ...validForm(), websiteUrl }, 'websiteUrl')).toEqual(['That website address is too long.'])
    })
  })

  describe('the phone number', () => {
    it('rejects a phone number with letters in it', () => {
      expect(messagesAt({ ...validForm(), phone: 'call me' }, 'phone')).toEqual(['Use digits, spaces and + ( ) - only.'])
    })

    it('rejects a phone number longer than 40 characters', () => {
      expect(messagesAt({ ...validForm(), phone: '1'.repeat(41) }, 'phone')).toEqual(['That phone number is too long.'])
    })
  })

  describe('the services', () => {
    it('rejects services that are not a list', () => {
      expect(messagesAt({ ...validForm(), services: 'seo' }, 'services')).toEqual(['Pick the services you are interested in.'])
    })

    it('rejects a service that is not a slug, at its index', () => {
      expect(messagesAt({ ...validForm(), services: ['seo', 'Web Design'] }, 'services.1')).toEqual(['Unknown service.'])
    })

    it('rejects more than twelve services', () => {
      const services = Array.from({ length: 13 }, (_, i) => `service-${i}`)
      expect(messagesAt({ ...validForm(), services }, 'services')).toHaveLength(1)
    })
  })

  describe('the message', () => {
    it('rejects a message longer than 5,000 characters', () => {
      expect(messagesAt({ ...validForm(), message: 'a'.repeat(5001) }, 'message')).toEqual(['Your message can be at most 5,000 characters.'])
    })
  })

  describe('the consent', () => {
    it.each([false, undefined, 'true', 1])('refuses an assessment without consent: %j', (consent) => {
      expect(messagesAt({ ...validForm(), consent }, 'consent')).toEqual(['Please agree so that we may contact you about your assessment.'])
    })
  })

  describe('the source page', () => {
    it('accepts a site path with a query', () => {
      expect(messagesAt({ ...validForm(), sourcePage: '/' }, 'sourcePage')).toEqual([])
      expect(messagesAt({ ...validForm(), sourcePage: '/blog/seo-basics?utm_source=newsletter' }, 'sourcePage')).toEqual([])
    })

    it.each(['https://example.com/pricing', 'pricing', '//evil.example/pricing', '/pricing page'])(
      'rejects a source page that is not a path: %j',
      (sourcePage) => {
        expect(messagesAt({ ...validForm(), sourcePage }, 'sourcePage')).toEqual(['The source page must be a path.'])
      },
    )
  })

  describe('the field limits', () => {
    /** For each limited field, a valid value exactly `length` characters long. */
    const valuesOfLength: Array<[keyof typeof ASSESSMENT_FIELD_LIMITS, (length: number) => string]> = [
      ['name', length => 'a'.repeat(length)],
      ['email', length => `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(length - 197)}.com`],
      ['company', length => 'a'.repeat(length)],
      ['websiteUrl', length => `example.com/${'a'.repeat(length - 12)}`],
      ['phone', length => '1'.repeat(length)],
      ['message', length => 'a'.repeat(length)],
      ['sourcePage', length => `/${'a'.repeat(length - 1)}`],
      ['idempotencyKey', length => 'a'.repeat(length)],
    ]

    it('are checked for every limited field', () => {
      expect(valuesOfLength.map(([field]) => field).sort()).toEqual(Object.keys(ASSESSMENT_FIELD_LIMITS).sort())
    })

    it.each(valuesOfLength)('take %s up to its limit and refuse one character more', (field, valueOf) => {
      const limit = ASSESSMENT_FIELD_LIMITS[field]
      expect(valueOf(limit)).toHaveLength(limit)
      expect(messagesAt({ ...validForm(), [field]: valueOf(limit) }, field)).toEqual([])
      expect(messagesAt({ ...validForm(), [field]: valueOf(limit + 1) }, field)).not.toEqual([])
    })
  })

  describe('the idempotency key', () => {
    it('accepts 16 to 64 letters, digits, hyphens and underscores', () => {
      expect(messagesAt({ ...validForm(), idempotencyKey: 'a'.repeat(16) }, 'idempotencyKey')).toEqual([])
      expect(messagesAt({ ...validForm(), idempotencyKey: 'A_b-9'.repeat(12) + 'abcd' }, 'idempotencyKey')).toEqual([])
    })

    it('rejects an assessment without an idempotency key', () => {
      const { idempotencyKey: _omitted, ...rest } = validForm()
      expect(messagesAt(rest, 'idempotencyKey')).toEqual(['The form token is invalid; reload the page and try again.'])
    })

    it.each(['a'.repeat(15), 'a'.repeat(65), 'key with spaces in it', 'key/with/slashes/inside', 'ключ-ключ-ключ-ключ'])(
      'rejects a malformed idempotency key: %j',
      (idempotencyKey) => {
        expect(messagesAt({ ...validForm(), idempotencyKey }, 'idempotencyKey')).toEqual(['The form token is invalid; reload the page and try again.'])
      },
    )
  })
})
