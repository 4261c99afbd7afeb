import type { CmsContext } from '../../support/suite'
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { validate } from '@readme/openapi-parser'
import Ajv2020 from 'ajv/dist/2020'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildOpenApiDocument } from '../../../src/openapi/document'

interface Document {
  info: { version: string }
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> }>>
  components: Record<string, unknown>
}

const root = path.resolve(__dirname, '..', '..', '..')
const committed = JSON.parse(fs.readFileSync(path.join(root, 'openapi.json'), 'utf8')) as Document

/**
 * What Strapi's generator writes for the app as it is now. Asynchronous, so the CMS this process
 * serves keeps answering meanwhile.
 */
async function generate(): Promise<unknown> {
  const strapiBin = path.join(path.dirname(createRequire(__filename).resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js')
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-test-')), 'generated.json')
  await promisify(execFile)(process.execPath, [strapiBin, 'openapi', 'generate', '-o', out], { cwd: root, env: { ...process.env, STRAPI_LOG_LEVEL: 'error' } })
  return JSON.parse(fs.readFileSync(out, 'utf8'))
}

export function openApiSuite(context: CmsContext): void {
  describe('OpenAPI document', () => {
    const ids: Record<string, string> = {}
    let fullAccessToken = ''

    beforeAll(async () => {
      const { strapi } = context.cms
      for (const [type, uid] of [['services', 'api::service.service'], ['articles', 'api::article.article'], ['categories', 'api::category.category'], ['pages', 'api::page.page'], ['case-studies', 'api::case-study.case-study']] as const)
        ids[type] = (await strapi.documents(uid).findFirst({ status: 'published' }))?.documentId ?? ''
      const testimonial = await strapi.documents('api::testimonial.testimonial').create({
        data: { quote: 'Clear, quick and honest.', name: 'Open API', company: 'Spec Co' },
        status: 'published',
      })
      ids.testimonials = testimonial.documentId
      const submission = await strapi.documents('api::assessment-submission.assessment-submission').create({
        data: { name: 'Open API', email: 'openapi@example.com', company: 'Spec Co', websiteUrl: 'https://spec.example/', consent: true, stage: 'new', idempotencyKey: 'openapi-contract-check-0001' },
      })
      ids['assessment-submissions'] = submission.documentId
      const tokens = strapi.service('admin::api-token-content-api') as unknown as { create: (attributes: object) => Promise<{ accessKey: string }> }
      fullAccessToken = (await tokens.create({ name: `openapi-${Date.now()}`, description: 'OpenAPI contract test', type: 'full-access', lifespan: null })).accessKey
    })

    it('is what the generator and the corrections produce for the app as it is', async () => {
      expect(buildOpenApiDocument(await generate() as Parameters<typeof buildOpenApiDocument>[0], committed.info.version)).toEqual(committed)
    })

    it('is a valid OpenAPI document', async () => {
      await expect(validate(structuredClone(committed) as never)).resolves.toMatchObject({ valid: true })
    })

    it('is served by the CMS without a token', async () => {
      const response = await fetch(`${context.cms.url}/api/openapi.json`)
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual(committed)
    })

    it('describes every documented read as the CMS really answers it', async () => {
      const ajv = new Ajv2020({ strict: false, allErrors: true })
      ajv.addSchema({ $id: 'openapi', components: committed.components })
      const reads = Object.entries(committed.paths).filter(([, operations]) => operations.get)
      expect(reads.length).toBe(16)
      for (const [documented, operations] of reads) {
        const type = documented.split('/')[2] ?? ''
        const url = `${context.cms.url}${documented.replace('{id}', ids[type] ?? '')}`
        const response = await fetch(url, { headers: { Authorization: `Bearer ${fullAccessToken}` } })
        expect(response.status, url).toBe(200)
        const ref = operations.get?.responses[200]?.content?.['application/json']?.schema.$ref ?? ''
        const valid = ajv.validate({ $ref: `openapi${ref}` }, await response.json())
        expect(ajv.errorsText(ajv.errors), documented).toBe('No errors')
        expect(valid).toBe(true)
      }
    })
  })
}
