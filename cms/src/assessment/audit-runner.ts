import type { Core } from '@strapi/strapi'
import type { SafeFetchOptions } from '../audit'
import type { AuditQueue } from './audit-queue'
import { systemLookup } from '../audit/host-resolution'
import { createAuditQueue } from './audit-queue'

let queue: AuditQueue | undefined

/**
 * TEST ONLY, ignored in production: AUDIT_TEST_SITES lists "hostname:port" fixture sites that tests
 * serve on this machine. Those names resolve to 127.0.0.1 and may be fetched despite the loopback
 * address and the port; every other address goes through the full policy.
 */
export function testSiteFetchOptions(strapi: Core.Strapi): SafeFetchOptions | undefined {
  const sites = process.env.AUDIT_TEST_SITES?.split(',').map(site => site.trim()).filter(Boolean) ?? []
  if (sites.length === 0 || strapi.config.get('environment') === 'production')
    return undefined
  const hostnames = new Set(sites.map(site => site.replace(/:\d+$/, '')))
  return {
    allowedTestHosts: new Set(sites),
    lookup: async hostname => hostnames.has(hostname) ? [{ address: '127.0.0.1', family: 4 }] : systemLookup(hostname),
  }
}

/** Starts the background auditor and picks up submissions a previous run left without a report. */
export async function startAuditRunner(strapi: Core.Strapi): Promise<void> {
  queue = createAuditQueue(strapi, { fetchOptions: testSiteFetchOptions(strapi) })
  const resumed = await queue.resumePending()
  if (resumed > 0)
    strapi.log.info(`[audit] resuming ${resumed} pending website audits`)
}

/** The running auditor, if the app has started it. */
export function auditRunner(): AuditQueue | undefined {
  return queue
}

export async function stopAuditRunner(): Promise<void> {
  await queue?.stop()
  queue = undefined
}
