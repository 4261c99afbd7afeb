import type { z } from 'zod'
import fs from 'node:fs'
import path from 'node:path'
import { articleSchema, pageBlockSchema, pageSchema, testimonialSchema, ASSESSMENT_FIELD_LIMITS, assessmentSubmissionSchema, categorySchema, globalSchema, redirectSchema, serviceSchema } from '@agency/shared'
import { describe, expect, it } from 'vitest'
import { storedType as storedTypeOf } from '../support/models'

/**
 * The shared zod schemas are what the site and integrators trust; Strapi's schema.json files are what
 * the CMS stores. This test fails as soon as the two drift apart: a field added, removed, renamed,
 * made optional or given another type on one side only.
 */

interface Attribute {
  type: string
  required?: boolean
  repeatable?: boolean
  component?: string
  relation?: string
  enum?: string[]
  multiple?: boolean
  maxLength?: number
  customField?: string
  components?: string[]
  /** Kept out of every content API answer, so the shared schemas never see it. */
  private?: boolean
}

interface StrapiSchema {
  attributes: Record<string, Attribute>
}

const srcDir = path.resolve(__dirname, '..', '..', 'src')

function contentTypeSchema(name: string): StrapiSchema {
  return JSON.parse(fs.readFileSync(path.join(srcDir, 'api', name, 'content-types', name, 'schema.json'), 'utf8')) as StrapiSchema
}

function componentSchema(uid: string): StrapiSchema {
  const [category, name] = uid.split('.')
  return JSON.parse(fs.readFileSync(path.join(srcDir, 'components', category ?? '', `${name ?? ''}.json`), 'utf8')) as StrapiSchema
}

type Def = { type: string, innerType?: z.ZodType, in?: z.ZodType, element?: z.ZodType, shape?: Record<string, z.ZodType>, entries?: Record<string, string> }

function defOf(schema: z.ZodType): Def {
  return schema._zod.def as unknown as Def
}

/** Strips optional, nullable, default and transform wrappers down to the schema that checks the value. */
function core(schema: z.ZodType): z.ZodType {
  const def = defOf(schema)
  const inner = def.type === 'pipe' ? def.in : def.innerType
  return inner && ['optional', 'nullable', 'default', 'pipe', 'prefault'].includes(def.type) ? core(inner) : schema
}

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const shape = defOf(core(schema)).shape
  if (!shape)
    throw new Error('expected an object schema')
  return shape
}

const ZOD_TYPES_BY_STRAPI_TYPE: Record<string, string[]> = {
  string: ['string'],
  text: ['string'],
  richtext: ['string'],
  uid: ['string'],
  email: ['string'],
  date: ['string'],
  datetime: ['string'],
  integer: ['number'],
  float: ['number'],
  decimal: ['number'],
  boolean: ['boolean'],
  enumeration: ['enum'],
  json: ['unknown', 'any'],
  media: ['object'],
}

/** Fields Strapi adds to every document or component; they have no attribute in schema.json. */
const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', '__component'])

/** The shared schema of each block a dynamic zone may hold, by its component name. */
const BLOCK_SCHEMAS = new Map<string, z.ZodType>(pageBlockSchema.options.map(option => [option.shape.__component.value, option]))

function compare(label: string, strapi: StrapiSchema, zodSchema: z.ZodType, options: { omitted?: string[], derived?: string[] } = {}): string[] {
  const problems: string[] = []
  const shape = shapeOf(zodSchema)
  const omitted = new Set(options.omitted)
  const derived = new Set(options.derived)

  for (const [name, attribute] of Object.entries(strapi.attributes)) {
    if (omitted.has(name) || attribute.private)
      continue
    const field = shape[name]
    if (!field) {
      problems.push(`${label}.${name}: in schema.json, missing from the shared schema`)
      continue
    }
    const where = `${label}.${name}`
    const emptyValue = attribute.repeatable || attribute.multiple || attribute.type === 'dynamiczone' || (attribute.type === 'relation' && attribute.relation?.endsWith('Many')) ? [] : null
    if (!attribute.required && !field.safeParse(emptyValue).success)
      problems.push(`${where}: optional in Strapi (sent as ${JSON.stringify(emptyValue)}) but required by the shared schema`)
    if (attribute.required && attribute.type !== 'component' && field.safeParse(null).success)
      problems.push(`${where}: required in Strapi but optional in the shared schema`)

    const zodType = defOf(core(field)).type
    if (attribute.type === 'component') {
      const element = attribute.repeatable ? defOf(core(field)).element : core(field)
      if (attribute.repeatable && zodType !== 'array')
        problems.push(`${where}: a repeatable component must be an array`)
      else if (element && attribute.component)
        problems.push(...compare(where, componentSchema(attribute.component), element))
      continue
    }
    if (attribute.type === 'dynamiczone') {
      const known = new Set(BLOCK_SCHEMAS.keys())
      for (const component of attribute.components ?? []) {
        const block = BLOCK_SCHEMAS.get(component)
        if (block)
          problems.push(...compare(`${where}[${component}]`, componentSchema(component), block))
        else
          problems.push(`${where}: block ${component} has no shared schema`)
        known.delete(component)
      }
      problems.push(...[...known].map(component => `${where}: block ${component} is in the shared schema, not in the dynamic zone`))
      continue
    }
    if (attribute.type === 'relation') {
      const many = attribute.relation?.endsWith('Many') ?? false
      if (zodType !== (many ? 'array' : 'object'))
        problems.push(`${where}: a ${attribute.relation} relation must be ${many ? 'an array' : 'an object'}, not ${zodType}`)
      continue
    }
    const storedType = storedTypeOf(attribute)
    const expected = attribute.multiple ? ['array'] : ZOD_TYPES_BY_STRAPI_TYPE[storedType]
    if (!expected)
      problems.push(`${where}: Strapi type "${storedType}" has no mapping in this test`)
    else if (!expected.includes(zodType))
      problems.push(`${where}: Strapi type "${storedType}" but the shared schema checks a ${zodType}`)
    if (attribute.type === 'enumeration') {
      const values = Object.values(defOf(core(field)).entries ?? {}).sort()
      if (JSON.stringify(values) !== JSON.stringify([...(attribute.enum ?? [])].sort()))
        problems.push(`${where}: enum values differ (Strapi ${JSON.stringify(attribute.enum)}, shared ${JSON.stringify(values)})`)
    }
  }

  for (const name of Object.keys(shape)) {
    if (!SYSTEM_FIELDS.has(name) && !derived.has(name) && !(name in strapi.attributes))
      problems.push(`${label}.${name}: in the shared schema, missing from schema.json`)
  }
  return problems
}

/** Where Strapi's `maxLength` and the shared limits of the same fields disagree, either way. */
function limitProblems(label: string, strapi: StrapiSchema, limits: Record<string, number>): string[] {
  const problems: string[] = []
  for (const [name, { maxLength }] of Object.entries(strapi.attributes)) {
    const limit = limits[name]
    if (maxLength !== limit)
      problems.push(`${label}.${name}: ${maxLength === undefined ? 'no maxLength' : `maxLength ${maxLength}`} in schema.json, ${limit ?? 'no limit'} in the shared schema`)
  }
  for (const name of Object.keys(limits)) {
    if (!(name in strapi.attributes))
      problems.push(`${label}.${name}: limited in the shared schema, missing from schema.json`)
  }
  return problems
}

describe('shared schemas match the Strapi content model', () => {
  it.each([
    { name: 'service', schema: serviceSchema, options: {} },
    { name: 'article', schema: articleSchema, options: { derived: ['readingTimeMinutes'] } },
    // An article list filtered by category is how a category's articles are read, paginated.
    { name: 'category', schema: categorySchema, options: { omitted: ['articles'] } },
    { name: 'global', schema: globalSchema, options: {} },
    { name: 'assessment-submission', schema: assessmentSubmissionSchema, options: {} },
    { name: 'page', schema: pageSchema, options: {} },
    { name: 'testimonial', schema: testimonialSchema, options: {} },
    // The team's note and the confirmation over a live page stay in the admin; the site's reads leave them out.
    { name: 'redirect', schema: redirectSchema, options: { omitted: ['note', 'replacesLivePage'] } },
  ])('$name', ({ name, schema, options }) => {
    expect(compare(name, contentTypeSchema(name), schema, options)).toEqual([])
  })

  it('notices a block that drifts, or that only one side knows', () => {
    const drifted = contentTypeSchema('page')
    drifted.attributes.sections = { type: 'dynamiczone', components: ['blocks.hero', 'blocks.video'] }
    const problems = compare('page', drifted, pageSchema)
    expect(problems).toContain('page.sections: block blocks.video has no shared schema')
    expect(problems).toContain('page.sections: block blocks.faq is in the shared schema, not in the dynamic zone')
  })

  it('notices a drift', () => {
    const drifted = contentTypeSchema('service')
    drifted.attributes.subtitle = { type: 'string', required: true }
    drifted.attributes.icon = { type: 'enumeration', enum: ['browser'], required: true }
    const { summary: _removed, ...rest } = drifted.attributes
    drifted.attributes = rest
    expect(compare('service', drifted, serviceSchema)).toEqual([
      'service.icon: enum values differ (Strapi ["browser"], shared ["browser","chart","lifebuoy","megaphone","palette","pen"])',
      'service.subtitle: in schema.json, missing from the shared schema',
      'service.summary: in the shared schema, missing from schema.json',
    ])
  })
})

describe('the assessment form\'s field limits match the Strapi content model', () => {
  it('gives each field the same maxLength in schema.json as ASSESSMENT_FIELD_LIMITS, and no other field one', () => {
    expect(limitProblems('assessment-submission', contentTypeSchema('assessment-submission'), ASSESSMENT_FIELD_LIMITS)).toEqual([])
  })

  it('notices a limit that differs, is missing or has no counterpart', () => {
    const drifted = contentTypeSchema('assessment-submission')
    drifted.attributes.name = { type: 'string', required: true, maxLength: 120 }
    drifted.attributes.phone = { type: 'string' }
    drifted.attributes.notes = { type: 'text', maxLength: 2000 }
    const { sourcePage: _removed, ...rest } = drifted.attributes
    drifted.attributes = rest
    expect(limitProblems('assessment-submission', drifted, ASSESSMENT_FIELD_LIMITS)).toEqual([
      'assessment-submission.name: maxLength 120 in schema.json, 100 in the shared schema',
      'assessment-submission.phone: no maxLength in schema.json, 40 in the shared schema',
      'assessment-submission.notes: maxLength 2000 in schema.json, no limit in the shared schema',
      'assessment-submission.sourcePage: limited in the shared schema, missing from schema.json',
    ])
  })
})
