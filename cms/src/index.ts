import type { Core } from '@strapi/strapi'
import { closeResponseCache, forgetAnswersChangedBy, invalidateResponseCacheOnWrites } from './api-cache'
import { startAuditRunner, stopAuditRunner } from './assessment/audit-runner'
import { applyAdminEditLayouts } from './bootstrap/admin-edit-layouts'
import { applyAdminFieldLabels } from './bootstrap/admin-field-labels'
import { applyAdminListViews } from './bootstrap/admin-list-views'
import { ensureDevAdmin } from './bootstrap/dev-admin'
import { reconcileEditorRole } from './bootstrap/editor-role'
import { ensureIdempotencyIndex } from './bootstrap/idempotency-index'
import { reconcilePublicPermissions } from './bootstrap/public-permissions'
import { ensureQueryIndexes } from './bootstrap/query-indexes'
import { seedOnEmpty } from './bootstrap/seed-on-empty'
import { reconcileSiteApiTokens } from './bootstrap/site-api-tokens'
import { reconcileSiteWebhook } from './bootstrap/site-webhook'
import { closePublicApiLimiter } from './public-api'
import { forgetPublicPermissions, rememberPublicPermissions } from './public-api/public-permissions'
import { readPublishedShapesThroughQueryEngine } from './published-reads/query-engine-reads'
import { requireImageDescriptions } from './guards/image-descriptions'
import { requireSoundRedirects } from './guards/redirect-rules'
import { requireOrderedSchedule } from './guards/schedule-order'
import { AUDIT_REPORT_FIELD } from './lead-desk/audit-report-field'
import { registerLeadDeskRoutes } from './lead-desk/routes'
import { drainRequests, trackRequests } from './lifecycle/drain-requests'
import { releaseStartUpLock, takeStartUpLock } from './lifecycle/start-up-lock'
import { redirectChangedAddresses } from './redirects/address-redirects'
import { clearPublishTimeOnPublish } from './scheduling/publish-by-hand'
import { startScheduledPublishing, stopScheduledPublishing } from './scheduling/schedule-cron'
import { bodyParsingOnce } from './server/body-parsing'
import { securityHeadersOnce } from './server/security-headers'

/** How long shutting down waits for requests in flight (SHUTDOWN_TIMEOUT_MS). */
const shutdownTimeoutMs = () => Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000)

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    // Held until this instance's bootstrap is done, so instances starting together write one at a time.
    await takeStartUpLock(strapi)
    invalidateResponseCacheOnWrites(strapi)
    rememberPublicPermissions(strapi, () => forgetAnswersChangedBy(strapi, 'plugin::users-permissions.permission'))
    requireImageDescriptions(strapi)
    requireSoundRedirects(strapi)
    requireOrderedSchedule(strapi)
    clearPublishTimeOnPublish(strapi)
    redirectChangedAddresses(strapi)
    strapi.customFields.register(AUDIT_REPORT_FIELD)
    registerLeadDeskRoutes(strapi)
    strapi.get('middlewares').extend('strapi::security', securityHeadersOnce)
    strapi.get('middlewares').extend('strapi::body', bodyParsingOnce)
    // Last: the reads it answers end here, after every middleware above has seen them.
    readPublishedShapesThroughQueryEngine(strapi)
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    trackRequests(strapi)
    try {
      await reconcilePublicPermissions(strapi)
      await reconcileEditorRole(strapi)
      await reconcileSiteApiTokens(strapi)
      await reconcileSiteWebhook(strapi)
      await ensureIdempotencyIndex(strapi)
      await ensureQueryIndexes(strapi)
      await applyAdminListViews(strapi)
      await applyAdminEditLayouts(strapi)
      await applyAdminFieldLabels(strapi)
      await seedOnEmpty(strapi)
      await ensureDevAdmin(strapi)
    }
    finally {
      await releaseStartUpLock(strapi)
    }
    await startAuditRunner(strapi)
    startScheduledPublishing(strapi)
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await drainRequests(strapi, shutdownTimeoutMs())
    await stopAuditRunner()
    await stopScheduledPublishing(strapi)
    await closeResponseCache(strapi)
    await closePublicApiLimiter(strapi)
    forgetPublicPermissions(strapi)
  },
}
