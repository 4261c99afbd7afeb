import type { Core } from '@strapi/strapi'
import { startAuditRunner, stopAuditRunner } from './assessment/audit-runner'
import { applyAdminListViews } from './bootstrap/admin-list-views'
import { ensureDevAdmin } from './bootstrap/dev-admin'
import { reconcileEditorRole } from './bootstrap/editor-role'
import { reconcileFormApiToken } from './bootstrap/form-api-token'
import { ensureIdempotencyIndex } from './bootstrap/idempotency-index'
import { reconcilePublicPermissions } from './bootstrap/public-permissions'
import { seedOnEmpty } from './bootstrap/seed-on-empty'

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await reconcilePublicPermissions(strapi)
    await reconcileEditorRole(strapi)
    await reconcileFormApiToken(strapi)
    await ensureIdempotencyIndex(strapi)
    await applyAdminListViews(strapi)
    await seedOnEmpty(strapi)
    await ensureDevAdmin(strapi)
    await startAuditRunner(strapi)
  },

  async destroy() {
    await stopAuditRunner()
  },
}
