import type { Core } from '@strapi/strapi'
import type { AdminSession } from '../../support/admin-session'
import type { CmsContext } from '../../support/suite'
import crypto from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startScheduledPublishing } from '../../../src/scheduling/schedule-cron'
import { runScheduledPublishing } from '../../../src/scheduling/scheduled-publishing'
import { signInAs } from '../../support/admin-session'

const ARTICLE = 'api::article.article'
const PAGE = 'api::page.page'

/** A time far enough ahead that the CMS's own once-a-minute run never reaches it during the suite. */
const inADay = () => new Date(Date.now() + 24 * 60 * 60 * 1000)
const plusSeconds = (time: Date, seconds: number) => new Date(time.getTime() + seconds * 1000)

/** `entry.publish` and `entry.unpublish` events by document, as the site's webhook hears them. */
function listenForStateChanges(strapi: Core.Strapi): { count: (event: string, documentId: string) => number, stop: () => void } {
  const heard: Array<{ event: string, documentId: string }> = []
  const stops = ['entry.publish', 'entry.unpublish'].map(event => strapi.eventHub.on(event, async (payload: { entry?: { documentId?: string } }) => {
    heard.push({ event, documentId: payload.entry?.documentId ?? '' })
  }))
  return {
    count: (event, documentId) => heard.filter(entry => entry.event === event && entry.documentId === documentId).length,
    stop: () => stops.forEach(stop => stop()),
  }
}

export function schedulingSuite(context: CmsContext): void {
  describe('scheduled publishing, with a controlled clock', () => {
    const created: Array<{ uid: typeof ARTICLE | typeof PAGE, documentId: string }> = []
    let events: ReturnType<typeof listenForStateChanges>

    const articles = () => context.cms.strapi.documents(ARTICLE)
    const draftArticle = async (data: { publishAt?: Date, unpublishAt?: Date }) => {
      const article = await articles().create({
        data: { title: 'Planned for later', slug: `planned-${crypto.randomUUID().slice(0, 8)}`, excerpt: 'Goes live on its own.', body: 'Text.', author: { name: 'Ada' }, publishedDate: '2026-01-01', ...data },
      })
      created.push({ uid: ARTICLE, documentId: article.documentId })
      return article
    }
    const liveCopy = (documentId: string) => articles().findOne({ documentId, status: 'published' })
    const draftCopy = (documentId: string) => articles().findOne({ documentId, status: 'draft' })
    const pass = (now: Date) => runScheduledPublishing(context.cms.strapi, now)
    const doneIds = (result: Awaited<ReturnType<typeof pass>>) => result.done.map(change => change.documentId)

    beforeAll(() => {
      events = listenForStateChanges(context.cms.strapi)
    })

    afterEach(async () => {
      for (const { uid, documentId } of created.splice(0))
        await context.cms.strapi.documents(uid).delete({ documentId })
    })

    afterAll(() => {
      events.stop()
    })

    it('publishes a draft at its publish time, not before, and only once', async () => {
      const publishAt = inADay()
      const { documentId } = await draftArticle({ publishAt })

      expect(doneIds(await pass(plusSeconds(publishAt, -1)))).not.toContain(documentId)
      expect(await liveCopy(documentId)).toBeNull()

      const due = await pass(plusSeconds(publishAt, 1))
      expect(due.ran).toBe(true)
      expect(due.done).toContainEqual({ uid: ARTICLE, documentId, title: 'Planned for later', action: 'publish' })
      expect(await liveCopy(documentId)).toMatchObject({ title: 'Planned for later', publishAt: null })
      expect((await draftCopy(documentId))?.publishAt).toBeNull()

      expect(doneIds(await pass(plusSeconds(publishAt, 60)))).not.toContain(documentId)
      await expect.poll(() => events.count('entry.publish', documentId)).toBe(1)
    })

    it('takes a live entry off the site at its unpublish time, not before, and only once', async () => {
      const unpublishAt = inADay()
      const { documentId } = await draftArticle({ unpublishAt })
      await articles().publish({ documentId })

      expect(doneIds(await pass(plusSeconds(unpublishAt, -1)))).not.toContain(documentId)
      expect(await liveCopy(documentId)).not.toBeNull()

      expect((await pass(plusSeconds(unpublishAt, 1))).done).toContainEqual({ uid: ARTICLE, documentId, title: 'Planned for later', action: 'unpublish' })
      expect(await liveCopy(documentId)).toBeNull()
      expect(await draftCopy(documentId)).toMatchObject({ title: 'Planned for later', unpublishAt: null })

      expect(doneIds(await pass(plusSeconds(unpublishAt, 60)))).not.toContain(documentId)
      await expect.poll(() => events.count('entry.unpublish', documentId)).toBe(1)
    })

    it('forgets the publish time of a draft published by hand, so later edits wait for the next publication', async () => {
      const publishAt = inADay()
      const { documentId } = await draftArticle({ publishAt })
      await articles().publish({ documentId })
      expect((await draftCopy(documentId))?.publishAt).toBeNull()
      await articles().update({ documentId, data: { title: 'Edited after going live' } })

      expect(doneIds(await pass(plusSeconds(publishAt, 1)))).not.toContain(documentId)
      expect(await liveCopy(documentId)).toMatchObject({ title: 'Planned for later' })
    })

    it('publishes and then unpublishes an entry whose two times have both passed', async () => {
      const publishAt = inADay()
      const { documentId } = await draftArticle({ publishAt, unpublishAt: plusSeconds(publishAt, 30) })
      const result = await pass(plusSeconds(publishAt, 60))
      expect(result.done.filter(change => change.documentId === documentId).map(change => change.action)).toEqual(['publish', 'unpublish'])
      expect(await liveCopy(documentId)).toBeNull()
    })

    it('publishes each due draft once when two passes run at the same time', async () => {
      const publishAt = inADay()
      const drafts = await Promise.all(Array.from({ length: 5 }, () => draftArticle({ publishAt })))
      const ids = drafts.map(draft => draft.documentId)

      const passes = await Promise.all([pass(plusSeconds(publishAt, 1)), pass(plusSeconds(publishAt, 1))])
      const published = passes.flatMap(doneIds).filter(id => ids.includes(id))
      expect(published.sort()).toEqual([...ids].sort())
      for (const documentId of ids)
        await expect.poll(() => events.count('entry.publish', documentId)).toBe(1)
    })

    it('logs a publication that is refused, keeps it scheduled, and publishes it on a later pass once fixed', async () => {
      const { strapi } = context.cms
      const image = await strapi.db.query('plugin::upload.file').create({
        data: { name: 'launch.jpg', hash: `launch_${crypto.randomUUID().slice(0, 8)}`, ext: '.jpg', mime: 'image/jpeg', size: 1, width: 1, height: 1, url: '/uploads/launch.jpg', provider: 'local' },
      }) as { id: number }
      const publishAt = inADay()
      const page = await strapi.documents(PAGE).create({
        data: { title: 'Launch', slug: `launch-${crypto.randomUUID().slice(0, 8)}`, publishAt, sections: [{ __component: 'blocks.image-text', heading: 'Launch day', body: 'Soon.', image: image.id }] } as never,
      })
      created.push({ uid: PAGE, documentId: page.documentId })
      const logged: string[] = []
      const error = strapi.log.error.bind(strapi.log)
      strapi.log.error = ((message: string) => {
        logged.push(message)
        return strapi.log
      }) as typeof strapi.log.error
      try {
        const refused = await pass(plusSeconds(publishAt, 1))
        const failure = refused.failed.find(change => change.documentId === page.documentId)
        expect(failure?.reason).toMatch(/^Describe every image before publishing: "launch.jpg"/)
        expect(logged.find(message => message.includes(page.documentId))).toMatch(/^\[schedule\] could not publish page "Launch" \(\w+\): Describe every image .* It stays scheduled and is tried again at the next run\.$/)
        expect(await strapi.documents(PAGE).findOne({ documentId: page.documentId, status: 'published' })).toBeNull()
        expect(timeText((await strapi.documents(PAGE).findOne({ documentId: page.documentId, status: 'draft' }))?.publishAt)).toBe(publishAt.toISOString())

        expect((await pass(plusSeconds(publishAt, 61))).failed.map(change => change.documentId)).toContain(page.documentId)

        await strapi.db.query('plugin::upload.file').update({ where: { id: image.id }, data: { alternativeText: 'A rocket on a launch pad.' } })
        expect(doneIds(await pass(plusSeconds(publishAt, 121)))).toContain(page.documentId)
        expect(await strapi.documents(PAGE).findOne({ documentId: page.documentId, status: 'published' })).toMatchObject({ title: 'Launch', publishAt: null })
        await expect.poll(() => events.count('entry.publish', page.documentId)).toBe(1)
      }
      finally {
        strapi.log.error = error
        await strapi.db.query('plugin::upload.file').delete({ where: { id: image.id } })
      }
    })

    it('refuses an unpublish time that is not after the publish time, whether both are sent or one', async () => {
      const publishAt = inADay()
      const message = '"Unpublish at" must be later than "Publish at": as it is, the entry would go offline before it goes live. Change either time, or empty one.'
      await expect(draftArticle({ publishAt, unpublishAt: publishAt })).rejects.toThrow(message)
      const { documentId } = await draftArticle({ publishAt })
      await expect(articles().update({ documentId, data: { unpublishAt: plusSeconds(publishAt, -60) } })).rejects.toThrow(message)
      await articles().update({ documentId, data: { unpublishAt: plusSeconds(publishAt, 60) } })
      expect(timeText((await draftCopy(documentId))?.unpublishAt)).toBe(plusSeconds(publishAt, 60).toISOString())
    })
  })

  describe('scheduled publishing, on Strapi\'s cron', () => {
    it('runs every minute by default', () => {
      const job = context.cms.strapi.cron.jobs.find(candidate => candidate.name === 'scheduled-publishing')
      expect(job?.options).toEqual({ rule: '0 * * * * *' })
    })

    it('refuses to start with a rule it cannot read, rather than never publishing what is scheduled', () => {
      const rule = process.env.SCHEDULE_CRON
      process.env.SCHEDULE_CRON = 'every minute'
      try {
        expect(() => startScheduledPublishing(context.cms.strapi)).toThrow('SCHEDULE_CRON "every minute" is not a cron rule Strapi accepts, so nothing scheduled would be published. Use five fields, or six with seconds first.')
      }
      finally {
        if (rule === undefined)
          delete process.env.SCHEDULE_CRON
        else
          process.env.SCHEDULE_CRON = rule
      }
    })
  })

  describe('scheduled publishing, as an editor sets it in the admin', () => {
    let editor: AdminSession
    const created: string[] = []

    beforeAll(async () => {
      editor = await signInAs(context.cms, 'strapi-editor')
    })

    afterAll(async () => {
      for (const documentId of created)
        await context.cms.strapi.documents(ARTICLE).delete({ documentId })
      await editor.end()
    })

    it('shows the publish and unpublish times in the lists of articles, services and pages, labelled for editors', async () => {
      for (const uid of [ARTICLE, 'api::service.service', PAGE]) {
        const response = await editor.fetch(`/content-manager/content-types/${uid}/configuration`)
        expect(response.status).toBe(200)
        const { data } = await response.json() as { data: { contentType: { layouts: { list: string[], edit: Array<Array<{ name: string }>> }, metadatas: Record<string, { list: { label: string }, edit: { label: string, description: string } }> } } }
        const { layouts, metadatas } = data.contentType
        expect(layouts.list, uid).toEqual(expect.arrayContaining(['publishAt', 'unpublishAt']))
        expect(layouts.edit.flat().map(field => field.name), uid).toEqual(expect.arrayContaining(['publishAt', 'unpublishAt']))
        expect(metadatas.publishAt?.list.label).toBe('Publish at')
        expect(metadatas.unpublishAt?.list.label).toBe('Unpublish at')
        expect(metadatas.publishAt?.edit.description).toMatch(/^The draft is published at this time, in your time zone/)
      }
    })

    it('saves a draft with a publish time, which goes live at that time', async () => {
      const publishAt = inADay()
      const response = await editor.fetch(`/content-manager/collection-types/${ARTICLE}`, {
        method: 'POST',
        body: JSON.stringify({ title: 'Scheduled by an editor', slug: `by-editor-${crypto.randomUUID().slice(0, 8)}`, excerpt: 'Written today, out tomorrow.', body: 'Text.', author: { name: 'Eda' }, publishedDate: '2026-01-01', publishAt: publishAt.toISOString() }),
      })
      const saved = await response.json() as { data: { documentId: string, publishAt: string, status: string } }
      expect(response.status, JSON.stringify(saved)).toBe(201)
      created.push(saved.data.documentId)
      expect(saved.data).toMatchObject({ publishAt: publishAt.toISOString(), status: 'draft' })

      await runScheduledPublishing(context.cms.strapi, plusSeconds(publishAt, 1))
      const read = await editor.fetch(`/content-manager/collection-types/${ARTICLE}/${saved.data.documentId}`)
      const { data } = await read.json() as { data: { publishAt: string | null, status: string } }
      expect(data).toMatchObject({ publishAt: null, status: 'published' })
    })

    it('is told why an unpublish time before the publish time cannot be saved', async () => {
      const publishAt = inADay()
      const response = await editor.fetch(`/content-manager/collection-types/${ARTICLE}`, {
        method: 'POST',
        body: JSON.stringify({ title: 'Back to front', slug: `back-${crypto.randomUUID().slice(0, 8)}`, excerpt: 'Out before in.', body: 'Text.', author: { name: 'Eda' }, publishedDate: '2026-01-01', publishAt: publishAt.toISOString(), unpublishAt: plusSeconds(publishAt, -3600).toISOString() }),
      })
      expect(response.status).toBe(400)
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/^"Unpublish at" must be later than "Publish at"/)
    })
  })
}

/** A stored time in the one spelling the API answers with. */
function timeText(value: unknown): string | null {
  return value === null || value === undefined ? null : new Date(String(value)).toISOString()
}
