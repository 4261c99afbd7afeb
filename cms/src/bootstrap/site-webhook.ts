import type { Core } from '@strapi/strapi'
import { revalidatePath } from '@agency/shared'
import { isProduction, sharedSecret } from '../utils/secrets'

const WEBHOOK_NAME = 'Public site cache'
const EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish', 'media.update']

interface Webhook {
  id: string | number
  name: string
  url: string
  headers: Record<string, string>
  events: string[]
  isEnabled: boolean
}

interface WebhookStore {
  findWebhooks: () => Promise<Webhook[]>
  createWebhook: (webhook: Omit<Webhook, 'id'>) => Promise<Webhook>
  updateWebhook: (id: Webhook['id'], webhook: Omit<Webhook, 'id'>) => Promise<Webhook>
}

interface WebhookRunner {
  update: (webhook: Webhook) => void
  add: (webhook: Webhook) => void
}

/**
 * Registers the webhook that tells the public site what changed, so it purges exactly those cached
 * pages at once (SITE_REVALIDATE_URL and REVALIDATE_SECRET; development defaults to the local site).
 * Put back on every start, so an edit in Settings → Webhooks cannot leave the site serving stale pages.
 */
export async function reconcileSiteWebhook(strapi: Core.Strapi): Promise<void> {
  const url = process.env.SITE_REVALIDATE_URL?.trim() || (isProduction() ? '' : `http://127.0.0.1:3000${revalidatePath()}`)
  if (!url) {
    strapi.log.warn('[webhook] SITE_REVALIDATE_URL is not set: the site will not hear about content changes.')
    return
  }
  const secret = sharedSecret('REVALIDATE_SECRET')
  const store = strapi.get('webhookStore') as WebhookStore
  const runner = strapi.get('webhookRunner') as WebhookRunner
  const wanted = { name: WEBHOOK_NAME, url, headers: { Authorization: `Bearer ${secret}` }, events: EVENTS, isEnabled: true }
  const existing = (await store.findWebhooks()).find(webhook => webhook.name === WEBHOOK_NAME)
  if (!existing) {
    runner.add(await store.createWebhook(wanted))
    return
  }
  const same = existing.url === url && existing.isEnabled && existing.headers.Authorization === wanted.headers.Authorization
    && EVENTS.every(event => existing.events.includes(event))
  if (!same)
    runner.update(await store.updateWebhook(existing.id, wanted))
}
