import {
  articleSchema,
  assessmentInputSchema,
  assessmentSubmissionSchema,
  caseStudySchema,
  categorySchema,
  globalSchema,
  listResponseSchema,
  pageSchema,
  serviceSchema,
  singleResponseSchema,
  strapiErrorSchema,
  redirectSchema,
  testimonialSchema,
} from '@agency/shared'
import { z } from 'zod'

type Json = Record<string, unknown>

interface GeneratedDocument {
  openapi: string
  paths: Record<string, Record<string, Json>>
  components?: { securitySchemes?: Json }
}

interface Resource {
  /** The path Strapi's generator writes, without the /api prefix it leaves out. */
  path: string
  tag: string
  item: z.ZodType
  /** Readable by anyone, without a token. */
  public: boolean
  /** The name of its schema, where the tag without its plural `s` would not do. */
  schemaName?: string
}

const RESOURCES: Resource[] = [
  { path: '/services', tag: 'Services', item: serviceSchema, public: true },
  { path: '/articles', tag: 'Articles', item: articleSchema, public: true },
  { path: '/categories', tag: 'Categories', item: categorySchema, public: true },
  { path: '/global', tag: 'Global settings', item: globalSchema, public: true },
  { path: '/pages', tag: 'Pages', item: pageSchema, public: true },
  { path: '/testimonials', tag: 'Testimonials', item: testimonialSchema, public: true },
  { path: '/case-studies', tag: 'Case studies', item: caseStudySchema, public: true, schemaName: 'CaseStudy' },
  { path: '/redirects', tag: 'Redirects', item: redirectSchema, public: true },
  { path: '/assessment-submissions', tag: 'Assessment submissions', item: assessmentSubmissionSchema, public: false },
]

/**
 * The JSON Schema of a shared zod schema. Objects stay open (no `additionalProperties: false`): the API
 * may add fields in a minor release, and a client validating strictly should not break on that.
 */
const schema = (type: z.core.$ZodType, io: 'input' | 'output' = 'output'): Json => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(type, {
    io,
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      if (jsonSchema.additionalProperties === false)
        delete jsonSchema.additionalProperties
    },
  }) as Json
  return rest
}

const json = (body: Json) => ({ content: { 'application/json': { schema: body } } })

const ERROR_RESPONSES = {
  400: { description: 'Invalid request; `error.details.errors` lists each field and its message.', ...json({ $ref: '#/components/schemas/Error' }) },
  401: { description: 'Missing or invalid API token.', ...json({ $ref: '#/components/schemas/Error' }) },
  403: { description: 'The token may not do this.', ...json({ $ref: '#/components/schemas/Error' }) },
  404: { description: 'No such document.', ...json({ $ref: '#/components/schemas/Error' }) },
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/

/**
 * Corrects the generator's mistakes in what it writes: it documents `documentId` as a UUID (real ids
 * are 24-character strings of letters and digits) and gives date fields the time of generation as
 * their default, which is wrong for clients and changes on every run.
 */
function corrected(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(corrected)
  if (typeof value !== 'object' || value === null)
    return value
  const copy: Json = {}
  for (const [key, inner] of Object.entries(value)) {
    const wrong = (key === 'format' && inner === 'uuid') || (key === 'default' && typeof inner === 'string' && ISO_TIMESTAMP.test(inner))
    if (!wrong)
      copy[key] = corrected(inner)
  }
  return copy
}

function correctedOperation(operation: Json, resource: Resource, method: string, single: boolean, name: string): Json {
  const responses: Json = { ...ERROR_RESPONSES }
  if (method === 'get')
    responses[200] = { description: 'OK', ...json({ $ref: `#/components/schemas/${name}${single ? '' : 'List'}` }) }
  else if (method === 'post' && resource.path === '/assessment-submissions') {
    responses[201] = { description: 'Stored.', ...json({ $ref: `#/components/schemas/${name}` }) }
    responses[200] = { description: 'A repeated idempotency key: the original record.', ...json({ $ref: `#/components/schemas/${name}` }) }
  }
  else
    responses[200] = { description: 'OK', ...json({ $ref: `#/components/schemas/${name}` }) }
  const corrected: Json = { ...operation, tags: [resource.tag], responses, security: resource.public && method === 'get' ? [] : [{ bearerAuth: [] }] }
  if (method === 'post' && resource.path === '/assessment-submissions')
    corrected.requestBody = { required: true, ...json({ type: 'object', required: ['data'], properties: { data: { $ref: '#/components/schemas/AssessmentInput' } } }) }
  return corrected
}

/**
 * The OpenAPI 3.1 document of the public REST API: the paths and parameters Strapi's generator writes,
 * corrected where it is wrong. It leaves out the /api prefix, types `documentId` as a UUID, and does
 * not know the response shapes our route middlewares fix (populated components, reading time), so
 * responses come from the shared zod schemas, which the contract test holds to the real answers.
 */
export function buildOpenApiDocument(generated: GeneratedDocument, version: string): Json {
  const paths: Record<string, Json> = {}
  const schemas: Record<string, Json> = {
    Error: schema(strapiErrorSchema),
    AssessmentInput: schema(assessmentInputSchema, 'input'),
  }
  for (const resource of RESOURCES) {
    const name = resource.schemaName ?? resource.tag.replace(/\s+/g, '').replace(/s$/, '')
    schemas[name] = schema(singleResponseSchema(resource.item))
    schemas[`${name}List`] = schema(listResponseSchema(resource.item))
    for (const [path, operations] of Object.entries(generated.paths)) {
      if (path !== resource.path && path !== `${resource.path}/{id}`)
        continue
      paths[`/api${path}`] = Object.fromEntries(Object.entries(operations).map(([method, operation]) => {
        const single = method !== 'get' || path.endsWith('{id}') || resource.path === '/global'
        return [method, correctedOperation(corrected(operation) as Json, resource, method, single, name)]
      }))
    }
  }
  return {
    openapi: generated.openapi,
    info: {
      title: 'Kestrel Digital content API',
      version,
      description: 'Read the agency\'s services, articles, categories, pages, testimonials, case studies, redirects and global settings without a token; store and list FREE Website Assessment requests with an API token. Lists take `pagination[page]` and `pagination[pageSize]` (at most 100) and Strapi filters such as `filters[slug][$eq]`.',
    },
    servers: [{ url: '/', description: 'This CMS' }],
    paths,
    components: { securitySchemes: generated.components?.securitySchemes ?? { bearerAuth: { type: 'http', scheme: 'bearer' } }, schemas },
  }
}
