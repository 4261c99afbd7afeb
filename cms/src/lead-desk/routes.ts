import type { Core, UID } from '@strapi/strapi'
import type { ViewConfigurationService } from '../admin-fields/configuration'
import { Readable } from 'node:stream'
import { testSiteFetchOptions } from '../assessment/audit-runner'
import { createAuditRerun } from './audit-rerun'
import { draftsWaiting, latestAudits, newLeadsByStage } from './desk-summary'
import { parseExportFilters } from './export-filters'
import { leadCsvLines, SUBMISSION_UID } from './lead-export'

type Context = Parameters<Core.MiddlewareHandler>[0]
type Action = 'read' | 'update'

interface PermissionChecker {
  can: Record<Action, () => boolean>
  sanitizeOutput: <T extends object>(data: T) => Promise<T>
}

function permissionChecker(strapi: Core.Strapi, ctx: Context, model: string): PermissionChecker {
  return strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ctx.state.userAbility, model }) as PermissionChecker
}

/** The signed-in admin's checker for the leads, or null after answering 403 when they may not `action` them. */
function leadsAllowing(strapi: Core.Strapi, ctx: Context, action: Action): PermissionChecker | null {
  const checker = permissionChecker(strapi, ctx, SUBMISSION_UID)
  if (checker.can[action]())
    return checker
  ctx.forbidden(action === 'read' ? 'Your role may not read assessment submissions.' : 'Your role may not change assessment submissions.')
  return null
}

/** Monday 00:00 UTC of this week: what "this week" means when the admin does not say. */
function startOfWeek(now = new Date()): Date {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7))
  return start
}

/** The content types with drafts this admin may read, each with the field its list shows as the title. */
async function readableDraftTypes(strapi: Core.Strapi, ctx: Context) {
  const configurations = strapi.plugin('content-manager').service('content-types') as ViewConfigurationService
  const uids = Object.values(strapi.contentTypes)
    .filter(contentType => contentType.uid.startsWith('api::') && contentType.options?.draftAndPublish === true)
    .map(contentType => contentType.uid as UID.ContentType)
    .filter(uid => permissionChecker(strapi, ctx, uid).can.read())
  return Promise.all(uids.map(async (uid) => {
    const { settings } = await configurations.findConfiguration({ uid })
    return { uid, titleField: typeof settings.mainField === 'string' ? settings.mainField : 'documentId' }
  }))
}

/**
 * The editor's desk in the admin: leads exported as CSV, a lead's website audited again, and what
 * the home page's widgets show. Admin routes, so only signed-in admins reach them, each checked
 * against the Content Manager permissions of the admin's role. Registered through Strapi's server API
 * because an application's own `src/api` routes are always content-API routes, and a plugin of this
 * TypeScript app would need a build of its own.
 */
export function registerLeadDeskRoutes(strapi: Core.Strapi): void {
  const rerunAudit = createAuditRerun(strapi, { fetchOptions: testSiteFetchOptions(strapi) })
  const route = (method: Core.HTTPMethod, path: string, handler: (ctx: Context) => Promise<unknown>): Core.Route => ({
    method,
    path,
    handler,
    info: { type: 'admin' },
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  })

  strapi.server.routes({
    type: 'admin',
    prefix: '/lead-desk',
    routes: [
      route('GET', '/leads.csv', async (ctx) => {
        const checker = leadsAllowing(strapi, ctx, 'read')
        if (!checker)
          return
        const parsed = parseExportFilters(ctx.query)
        if (!parsed.ok)
          return ctx.badRequest(parsed.message)
        ctx.type = 'text/csv; charset=utf-8'
        ctx.attachment(`leads-${new Date().toISOString().slice(0, 10)}.csv`)
        ctx.set('Cache-Control', 'no-store')
        ctx.body = Readable.from(leadCsvLines(strapi, parsed.filters, lead => checker.sanitizeOutput(lead)))
      }),
      route('POST', '/leads/:documentId/audit', async (ctx) => {
        if (!leadsAllowing(strapi, ctx, 'update'))
          return
        const result = await rerunAudit(String(ctx.params.documentId))
        if (result.kind === 'not-found')
          return ctx.notFound('There is no assessment submission with this id.')
        if (result.kind === 'too-soon') {
          ctx.set('Retry-After', String(result.retryAfterSeconds))
          ctx.status = 429
          ctx.body = { error: { status: 429, name: 'TooManyRequestsError', message: `This website was audited less than a minute ago; try again in ${result.retryAfterSeconds} s.` } }
          return
        }
        ctx.body = { data: result.report }
      }),
      route('GET', '/new-leads', async (ctx) => {
        if (!leadsAllowing(strapi, ctx, 'read'))
          return
        const since = typeof ctx.query.since === 'string' ? new Date(ctx.query.since) : startOfWeek()
        if (Number.isNaN(since.getTime()))
          return ctx.badRequest('"since" must be a date and time, for example 2026-01-05T00:00:00Z.')
        ctx.body = { data: { since: since.toISOString(), stages: await newLeadsByStage(strapi, since) } }
      }),
      route('GET', '/latest-audits', async (ctx) => {
        if (!leadsAllowing(strapi, ctx, 'read'))
          return
        ctx.body = { data: await latestAudits(strapi) }
      }),
      route('GET', '/drafts', async (ctx) => {
        ctx.body = { data: await draftsWaiting(strapi, await readableDraftTypes(strapi, ctx)) }
      }),
    ],
  })
}
