import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { AssessmentInput } from '../../src/schemas/assessment-input'
import { createServer } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createCmsClient } from '../../src/client/cms-client'
import { CmsError } from '../../src/client/errors'

/** A request as the fixture server saw it. */
interface SeenRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: string
}

type Answer = (req: IncomingMessage, res: ServerResponse) => void

const meta = { createdAt: '2025-01-10T09:00:00.000Z', updatedAt: '2025-01-12T09:00:00.000Z', publishedAt: '2025-01-12T09:00:00.000Z' }

const serviceDoc = {
  id: 1,
  documentId: 'svc0000000000000000000001',
  ...meta,
  title: 'Web design',
  slug: 'web-design',
  summary: 'Sites that load fast and sell.',
  body: 'We design and build websites.',
  icon: 'browser',
  order: 0,
  highlights: [{ id: 11, title: 'Fast', text: 'Pages that load in under a second.' }],
  ctaText: 'Get a free assessment',
  seo: null,
}

const articleDoc = {
  id: 7,
  documentId: 'art0000000000000000000007',
  ...meta,
  title: 'Content that ranks',
  slug: 'content-that-ranks',
  excerpt: 'How to write pages people and search engines like.',
  body: 'Write for people first.',
  author: { id: 3, name: 'Grace Hopper', role: null, avatar: null },
  publishedDate: '2025-01-12',
  cover: null,
  categories: [{ id: 2, documentId: 'cat0000000000000000000002', name: 'Content', slug: 'content' }],
  seo: null,
  readingTimeMinutes: 1,
}

function listOf(data: unknown[], page = 1, pageSize = 25) {
  return { data, meta: { pagination: { page, pageSize, pageCount: data.length ? 1 : 0, total: data.length } } }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify(body))
}

let server: Server
let baseURL: string
let seen: SeenRequest[]
let answer: Answer

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fixture.invalid')
      seen.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      answer(req, res)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  baseURL = `http://127.0.0.1:${port}`
})

afterAll(async () => {
  // The request left hanging by the timeout test would otherwise keep close() waiting.
  server.closeAllConnections()
  await new Promise<void>((resolve, reject) => server.close(error => (error ? reject(error) : resolve())))
})

beforeEach(() => {
  seen = []
  answer = (_req, res) => sendJson(res, 500, { data: null, error: { status: 500, name: 'InternalServerError', message: 'no answer set up' } })
})

/** The one request the fixture received during the test. */
function onlyRequest(): SeenRequest {
  expect(seen).toHaveLength(1)
  const [request] = seen
  if (!request)
    throw new Error('the fixture received no request')
  return request
}

/** The CmsError a call rejects with; fails the test if it resolves or throws anything else. */
async function cmsErrorOf(call: Promise<unknown>): Promise<CmsError> {
  const error = await call.then(() => undefined, (reason: unknown) => reason)
  expect(error).toBeInstanceOf(CmsError)
  if (!(error instanceof CmsError))
    throw new Error('expected a CmsError')
  return error
}

describe('createCmsClient', () => {
  describe('services.list', () => {
    it('sends GET /api/services with pagination and the bearer token', async () => {
      answer = (_req, res) => sendJson(res, 200, listOf([serviceDoc]))
      const services = await createCmsClient({ baseURL, token: 'secret-token' }).services.list()

      expect(services).toEqual([serviceDoc])
      const request = onlyRequest()
      expect(request.method).toBe('GET')
      expect(request.path).toBe('/api/services')
      expect(request.query.get('pagination[page]')).toBe('1')
      expect(request.query.get('pagination[pageSize]')).toBe('100')
      expect(request.headers.authorization).toBe('Bearer secret-token')
      expect(request.headers.accept).toContain('application/json')
    })

    it('sends no authorization header when no token is given', async () => {
      answer = (_req, res) => sendJson(res, 200, listOf([serviceDoc]))
      await createCmsClient({ baseURL }).services.list()

      expect(onlyRequest().headers).not.toHaveProperty('authorization')
    })

    it('tolerates a trailing slash on the base URL', async () => {
      answer = (_req, res) => sendJson(res, 200, listOf([]))
      await createCmsClient({ baseURL: `${baseURL}/` }).services.list()

      expect(onlyRequest().path).toBe('/api/services')
    })
  })

  describe('media in object storage', () => {
    it('gives file URLs under the storage\'s public URL, in formats and markdown too, under the site\'s path', async () => {
      const storage = 'https://media.kestrel.example/bucket'
      const cover = { id: 3, documentId: 'med0000000000000000000003', url: `${storage}/cover_ab12.png`, formats: { small: { url: `${storage}/small_cover_ab12.png` } } }
      const elsewhere = 'https://media.kestrel.example/other/chart.png'
      answer = (_req, res) => sendJson(res, 200, listOf([{ ...articleDoc, cover, body: `![Chart](${storage}/chart_cd34.png) and ![Other](${elsewhere})` }]))
      const { items } = await createCmsClient({ baseURL, mediaUrls: { from: `${storage}/`, to: '/uploads/' } }).articles.list()

      expect(items[0]?.cover).toMatchObject({ url: '/uploads/cover_ab12.png', formats: { small: { url: '/uploads/small_cover_ab12.png' } } })
      expect(items[0]?.body).toBe(`![Chart](/uploads/chart_cd34.png) and ![Other](${elsewhere})`)
    })
  })

  describe('articles.list', () => {
    it('filters by category slug and asks for the requested page', async () => {
      answer = (_req, res) => sendJson(res, 200, listOf([articleDoc], 2, 5))
      const page = await createCmsClient({ baseURL }).articles.list({ page: 2, pageSize: 5, category: 'content' })

      expect(page).toEqual({ items: [articleDoc], pagination: { page: 2, pageSize: 5, pageCount: 1, total: 1 } })
      const request = onlyRequest()
      expect(request.path).toBe('/api/articles')
      expect(Object.fromEntries(request.query)).toEqual({
        'filters[categories][slug][$eq]': 'content',
        'pagination[page]': '2',
        'pagination[pageSize]': '5',
      })
    })

    it('asks for the first page of ten without a filter by default', async () => {
      answer = (_req, res) => sendJson(res, 200, listOf([articleDoc]))
      await createCmsClient({ baseURL }).articles.list()

      expect(Object.fromEntries(onlyRequest().query)).toEqual({ 'pagination[page]': '1', 'pagination[pageSize]': '10' })
    })
  })

  describe('articles.index', () => {
    it('asks for the address fields only and returns entries without bodies', async () => {
      const { id, documentId, slug, publishedDate, updatedAt, categories, seo } = articleDoc
      const entry = { id, documentId, slug, publishedDate, updatedAt, categories, seo }
      // Strapi still populates the relations and components the article middleware fixes.
      answer = (_req, res) => sendJson(res, 200, listOf([{ ...entry, createdAt: articleDoc.createdAt, author: articleDoc.author, cover: null }], 3, 100))
      const page = await createCmsClient({ baseURL }).articles.index({ page: 3 })

      expect(page.items).toEqual([entry])
      const { query } = onlyRequest()
      expect(query.getAll('fields[]')).toEqual(['slug', 'publishedDate', 'updatedAt'])
      expect(query.get('pagination[page]')).toBe('3')
      expect(query.get('pagination[pageSize]')).toBe('100')
    })
  })

  describe('search', () => {
    it('asks for articles that contain every term in the title, excerpt or body', async () => {
      answer = (_req, res) => sendJson(res, 200, listOf([articleDoc]))
      const page = await createCmsClient({ baseURL }).articles.search({ terms: ['50%', 'Ünïcode "quoted"'], pageSize: 20 })

      expect(page.items).toEqual([articleDoc])
      expect(Object.fromEntries(onlyRequest().query)).toEqual({
        'filters[$and][0][$or][0][title][$containsi]': '50%',
        'filters[$and][0][$or][1][excerpt][$containsi]': '50%',
        'filters[$and][0][$or][2][body][$containsi]': '50%',
        'filters[$and][1][$or][0][title][$containsi]': 'Ünïcode "quoted"',
        'filters[$and][1][$or][1][excerpt][$containsi]': 'Ünïcode "quoted"',
        'filters[$and][1][$or][2][body][$containsi]': 'Ünïcode "quoted"',
        'pagination[page]': '1',
        'pagination[pageSize]': '20',
      })
    })

    it('asks for services that contain the term in the title, summary or body', async () => {
      answer = (_req, res) => sendJson(res, 200, listOf([serviceDoc]))
      const page = await createCmsClient({ baseURL }).services.search({ terms: ['design'] })

      expect(page.items).toEqual([serviceDoc])
      const request = onlyRequest()
      expect(request.path).toBe('/api/services')
      expect(Object.fromEntries(request.query)).toEqual({
        'filters[$and][0][$or][0][title][$containsi]': 'design',
        'filters[$and][0][$or][1][summary][$containsi]': 'design',
        'filters[$and][0][$or][2][body][$containsi]': 'design',
        'pagination[page]': '1',
        'pagination[pageSize]': '10',
      })
    })
  })

  describe('bySlug', () => {
    it('filters on the slug and returns the first document', async () => {
      answer = (_req, res) => sendJson(res, 200, listOf([articleDoc, { ...articleDoc, id: 8, slug: 'another' }]))
      const article = await createCmsClient({ baseURL }).articles.bySlug('content-that-ranks')

      expect(article).toEqual(articleDoc)
      const request = onlyRequest()
      expect(request.path).toBe('/api/articles')
      expect(request.query.get('filters[slug][$eq]')).toBe('content-that-ranks')
      expect(request.query.get('pagination[pageSize]')).toBe('1')
    })

    it('throws a not-found error naming the resource when nothing matches', async () => {
      answer = (_req, res) => sendJson(res, 200, listOf([]))
      const error = await cmsErrorOf(createCmsClient({ baseURL }).services.bySlug('no-such-service'))

      expect(error.kind).toBe('not-found')
      expect(error.resource).toBe('service "no-such-service"')
      expect(error.message).toBe('service "no-such-service": no entry with slug "no-such-service"')
      expect(error.status).toBe(404)
      expect(error.isTransient).toBe(false)
    })
  })

  describe('assessments.create', () => {
    it('posts the input wrapped in data and returns the stored submission', async () => {
      const input: AssessmentInput = {
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        company: 'Analytical Engines Ltd',
        websiteUrl: 'https://example.com/',
        phone: undefined,
        services: [],
        message: '',
        consent: true,
        idempotencyKey: 'b6f0c1d2-3e4f-4a5b-8c7d-9e0f1a2b3c4d',
      }
      const { services: _services, ...fields } = input
      const stored = { id: 5, documentId: 'sub0000000000000000000005', ...meta, ...fields, consentAt: meta.createdAt, stage: 'new' }
      answer = (_req, res) => sendJson(res, 201, { data: stored, meta: {} })
      const submission = await createCmsClient({ baseURL, token: 'writer' }).assessments.create(input)

      expect(submission).toMatchObject({ id: 5, stage: 'new', email: 'ada@example.com' })
      const request = onlyRequest()
      expect(request.method).toBe('POST')
      expect(request.path).toBe('/api/assessment-submissions')
      expect(request.headers['content-type']).toContain('application/json')
      expect(JSON.parse(request.body)).toEqual({ data: input })
    })
  })

  describe('errors', () => {
    it('turns a 500 answer into a transient server error', async () => {
      answer = (_req, res) => sendJson(res, 500, { data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' } })
      const error = await cmsErrorOf(createCmsClient({ baseURL }).services.list())

      expect(error.kind).toBe('server')
      expect(error.status).toBe(500)
      expect(error.isTransient).toBe(true)
      expect(error.message).toBe('services: Internal Server Error')
    })

    it('falls back to the status when an error answer is not Strapi\'s JSON', async () => {
      answer = (_req, res) => {
        res.writeHead(502, { 'Content-Type': 'text/html' })
        res.end('<h1>Bad Gateway</h1>')
      }
      const error = await cmsErrorOf(createCmsClient({ baseURL }).services.list())

      expect(error.kind).toBe('server')
      expect(error.message).toBe('services: HTTP 502')
    })

    it('turns a Strapi ValidationError into a bad-request error with per-field messages', async () => {
      answer = (_req, res) => sendJson(res, 400, {
        data: null,
        error: { status: 400, name: 'ValidationError', message: '2 errors occurred', details: { errors: [{ path: ['email'], message: 'bad email' }] } },
      })
      const error = await cmsErrorOf(createCmsClient({ baseURL }).articles.list())

      expect(error.kind).toBe('bad-request')
      expect(error.status).toBe(400)
      expect(error.message).toBe('articles: 2 errors occurred')
      expect(error.fieldErrors).toEqual({ email: ['bad email'] })
      expect(error.isTransient).toBe(false)
    })

    it.each([
      [401, 'unauthorized', false],
      [403, 'forbidden', false],
      [404, 'not-found', false],
      [429, 'rate-limited', true],
      [503, 'server', true],
    ] as const)('maps HTTP %i to a %s error', async (status, kind, isTransient) => {
      answer = (_req, res) => sendJson(res, status, { data: null, error: { status, name: 'Error', message: 'refused' } })
      const error = await cmsErrorOf(createCmsClient({ baseURL }).categories.list())

      expect(error.kind).toBe(kind)
      expect(error.status).toBe(status)
      expect(error.isTransient).toBe(isTransient)
    })

    it('rejects a response of the wrong shape, naming where it went wrong', async () => {
      const { slug: _slug, ...withoutSlug } = serviceDoc
      answer = (_req, res) => sendJson(res, 200, listOf([serviceDoc, withoutSlug]))
      const error = await cmsErrorOf(createCmsClient({ baseURL }).services.list())

      expect(error.kind).toBe('invalid-response')
      expect(error.resource).toBe('services')
      expect(error.message).toContain('data.1.slug')
      expect(error.isTransient).toBe(false)
    })

    it('rejects an answer that is not JSON at all', async () => {
      answer = (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html' })
        res.end('<html>maintenance</html>')
      }
      const error = await cmsErrorOf(createCmsClient({ baseURL }).global.get())

      expect(error.kind).toBe('invalid-response')
      expect(error.message).toContain('(root)')
    })

    it('gives up with a timeout error when the CMS never answers', async () => {
      answer = () => {}
      const error = await cmsErrorOf(createCmsClient({ baseURL, timeoutMs: 200 }).services.list())

      expect(error.kind).toBe('timeout')
      expect(error.isTransient).toBe(true)
      expect(error.message).toBe('services: the CMS did not answer in time')
    })

    it('reports an unreachable CMS when nothing listens on the port', async () => {
      const closed = createServer()
      await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
      const { port } = closed.address() as AddressInfo
      await new Promise<void>(resolve => closed.close(() => resolve()))

      const error = await cmsErrorOf(createCmsClient({ baseURL: `http://127.0.0.1:${port}` }).services.list())

      expect(error.kind).toBe('unreachable')
      expect(error.isTransient).toBe(true)
      expect(error.message).toContain('ECONNREFUSED')
    })
  })
})
