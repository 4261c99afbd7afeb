import type { AdminSession } from '../../support/admin-session'
import type { CmsContext } from '../../support/suite'
import crypto from 'node:crypto'
import { articlePath, categoryPath, MAX_PREFIX_REDIRECTS, pagePath, redirectRuleOf, redirectSchema, servicePath } from '@agency/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { signInAs } from '../../support/admin-session'

const UID = 'api::redirect.redirect'
const ARTICLE = 'api::article.article'
const CATEGORY = 'api::category.category'
const SERVICE = 'api::service.service'
const PAGE = 'api::page.page'

/** A published article of its own for a test, at `/blog/<slug>`. */
function publishedArticle(context: CmsContext, slug: string) {
  return context.cms.strapi.documents(ARTICLE).create({
    data: { title: `About ${slug}`, slug, excerpt: 'An article for a redirect.', body: 'Text.', author: { name: 'Ada' }, publishedDate: '2026-01-01' },
    status: 'published',
  })
}

interface AdminAnswer {
  data?: { documentId: string, from: string, to: string | null }
  error?: { status: number, message: string }
}

export function redirectsSuite(context: CmsContext): void {
  describe('redirects, saved by an editor through the admin', () => {
    let editor: AdminSession
    /** A prefix of this run's addresses, so that rules from other tests never meet these. */
    const run = `/r-${crypto.randomUUID().slice(0, 8)}`

    const save = async (data: Record<string, unknown>): Promise<{ status: number, body: AdminAnswer }> => {
      const response = await editor.fetch(`/content-manager/collection-types/${UID}`, { method: 'POST', body: JSON.stringify(data) })
      return { status: response.status, body: await response.json() as AdminAnswer }
    }
    const refusal = async (data: Record<string, unknown>): Promise<string> => {
      const { status, body } = await save(data)
      expect(status, JSON.stringify(body)).toBe(400)
      return body.error?.message ?? ''
    }
    const rule = (data: { from: string, to: string, enabled?: boolean }) => context.cms.strapi.documents(UID).create({ data: { type: 'permanent_301', ...data } })

    beforeAll(async () => {
      editor = await signInAs(context.cms, 'strapi-editor')
    })

    afterEach(async () => {
      await context.cms.strapi.db.query(UID).deleteMany({ where: { from: { $startsWith: run } } })
    })

    afterAll(async () => {
      await editor.end()
    })

    it('saves a good rule in its one spelling, and serves it to the site without the team\'s note', async () => {
      const { status, body } = await save({ from: ` ${run}//Old-Post/ `, to: '/blog/new%7epost', type: 'permanent_301', note: 'Renamed in the redesign' })
      expect(status, JSON.stringify(body)).toBe(201)
      expect(body.data).toMatchObject({ from: `${run}/Old-Post`, to: '/blog/new~post' })

      const response = await fetch(`${context.cms.url}/api/redirects?filters[from][$eq]=${encodeURIComponent(`${run}/Old-Post`)}`)
      expect(response.status).toBe(200)
      const { data } = await response.json() as { data: unknown[] }
      const served = data.map(item => redirectSchema.parse(item)).filter(item => item.from === `${run}/Old-Post`)
      expect(served).toHaveLength(1)
      expect(data[0]).not.toHaveProperty('note')
    })

    it('does not serve a rule an editor turned off', async () => {
      await rule({ from: `${run}/paused`, to: '/blog', enabled: false })
      const { data } = await (await fetch(`${context.cms.url}/api/redirects?pagination[pageSize]=100`)).json() as { data: Array<{ from: string }> }
      expect(data.map(item => item.from)).not.toContain(`${run}/paused`)
    })

    it('refuses a malformed path', async () => {
      expect(await refusal({ from: 'old page', to: '/blog', type: 'permanent_301' })).toBe('"Old address" contains a space or an invisible character.')
      expect(await refusal({ from: `${run}/a/*/b`, to: '/blog', type: 'permanent_301' })).toBe('"Old address" may hold "*" only at its end, as "/*", with no query.')
      expect(await refusal({ from: `${run}/a`, to: 'blog', type: 'permanent_301' })).toBe('"New address" must start with "/" (a path on this site) or with https:// (a full address).')
    })

    it('refuses a redirect to itself, however it is spelt', async () => {
      expect(await refusal({ from: `${run}/same`, to: `${run}//same/`, type: 'permanent_301' })).toBe('The new address is the old address, or under it: the rule would send visitors back to itself.')
    })

    it('refuses a loop, naming the rule it would loop with', async () => {
      await rule({ from: `${run}/a`, to: `${run}/b` })
      expect(await refusal({ from: `${run}/b`, to: `${run}/a`, type: 'permanent_301' })).toBe(`The rule from "${run}/a" already sends visitors to "${run}/b": together the two rules would loop. Change or remove that rule.`)
    })

    it('refuses a chain, saying which address to point at instead', async () => {
      await rule({ from: `${run}/b`, to: `${run}/c` })
      expect(await refusal({ from: `${run}/a`, to: `${run}/b`, type: 'permanent_301' })).toBe(`"${run}/b" already redirects to "${run}/c" by the rule from "${run}/b". Point this rule at "${run}/c" instead, so that visitors are sent once.`)
      expect(await refusal({ from: `${run}/c`, to: `${run}/d`, type: 'permanent_301' })).toBe(`The rule from "${run}/b" sends visitors to "${run}/c", so this rule would make a chain. Change that rule to go to "${run}/d" first.`)
    })

    it('sends visitors to another website only when the editor sets "Another website"', async () => {
      expect(await refusal({ from: `${run}/partner`, to: 'https://Partner.example.org/offer', type: 'temporary_302' })).toBe('"https://partner.example.org/offer" is on another website. Set "Another website" to TRUE to confirm that visitors should be sent there.')
      const { status } = await save({ from: `${run}/partner`, to: 'https://partner.example.org/offer', type: 'temporary_302', external: true })
      expect(status).toBe(201)
    })

    it(`refuses more than ${MAX_PREFIX_REDIRECTS} rules ending in "/*"`, async () => {
      const { strapi } = context.cms
      const existing = await strapi.db.query(UID).count({ where: { from: { $endsWith: '/*' } } })
      for (let index = existing; index < MAX_PREFIX_REDIRECTS; index++)
        await rule({ from: `${run}/old-${index}/*`, to: `/blog` })
      expect(await refusal({ from: `${run}/one-more/*`, to: '/blog', type: 'permanent_301' })).toBe(`There are already ${MAX_PREFIX_REDIRECTS} rules ending in "/*", the most the site checks on every visit. Remove one, or write this rule for one address.`)
      const { status } = await save({ from: `${run}/one-address`, to: '/blog', type: 'permanent_301' })
      expect(status).toBe(201)
    })
  })

  describe('a new address for a published page', () => {
    const slug = () => `moved-${crypto.randomUUID().slice(0, 8)}`
    const ruleFrom = (from: string) => context.cms.strapi.documents(UID).findFirst({ filters: { from } })

    it('answers the old address of an article with a 301 once the new slug is published, not before', async () => {
      const { strapi } = context.cms
      const [oldSlug, newSlug] = [slug(), slug()]
      const article = await strapi.documents(ARTICLE).create({
        data: { title: 'A post that moves', slug: oldSlug, excerpt: 'It moves.', body: 'Text.', author: { name: 'Ada' }, publishedDate: '2026-01-01' },
        status: 'published',
      })
      const pointer = await strapi.documents(UID).create({ data: { from: `/${oldSlug}-old-link`, to: articlePath(oldSlug), type: 'permanent_301' } })
      const editor = await signInAs(context.cms, 'strapi-editor')
      try {
        const admin = (path: string, init: RequestInit) => editor.fetch(`/content-manager/collection-types/${ARTICLE}/${article.documentId}${path}`, init)
        expect((await admin('', { method: 'PUT', body: JSON.stringify({ slug: newSlug }) })).status).toBe(200)
        expect(await ruleFrom(articlePath(oldSlug))).toBeNull()

        expect((await admin('/actions/publish', { method: 'POST', body: JSON.stringify({}) })).status).toBe(200)
        expect(await ruleFrom(articlePath(oldSlug))).toMatchObject({ to: articlePath(newSlug), type: 'permanent_301', enabled: true })
        expect(await strapi.documents(UID).findOne({ documentId: pointer.documentId })).toMatchObject({ to: articlePath(newSlug) })

        expect((await admin('', { method: 'PUT', body: JSON.stringify({ slug: oldSlug }) })).status).toBe(200)
        expect((await admin('/actions/publish', { method: 'POST', body: JSON.stringify({}) })).status).toBe(200)
        expect(await ruleFrom(articlePath(oldSlug))).toBeNull()
        expect(await ruleFrom(articlePath(newSlug))).toMatchObject({ to: articlePath(oldSlug) })
        expect(await strapi.documents(UID).findOne({ documentId: pointer.documentId })).toMatchObject({ to: articlePath(oldSlug) })
      }
      finally {
        await editor.end()
        await strapi.documents(ARTICLE).delete({ documentId: article.documentId })
        await strapi.db.query(UID).deleteMany({ where: { from: { $in: [articlePath(oldSlug), articlePath(newSlug), `/${oldSlug}-old-link`] } } })
      }
    })

    it('answers the old address with a 301 when an update is published at once, as the REST API does', async () => {
      const { strapi } = context.cms
      const [oldSlug, newSlug] = [slug(), slug()]
      const article = await strapi.documents(ARTICLE).create({
        data: { title: 'A post updated and published', slug: oldSlug, excerpt: 'It moves.', body: 'Text.', author: { name: 'Ada' }, publishedDate: '2026-01-01' },
        status: 'published',
      })
      try {
        await strapi.documents(ARTICLE).update({ documentId: article.documentId, data: { slug: newSlug }, status: 'published' })
        expect(await ruleFrom(articlePath(oldSlug))).toMatchObject({ to: articlePath(newSlug), type: 'permanent_301' })
      }
      finally {
        await strapi.documents(ARTICLE).delete({ documentId: article.documentId })
        await strapi.db.query(UID).deleteMany({ where: { from: { $in: [articlePath(oldSlug), articlePath(newSlug)] } } })
      }
    })

    it('answers the old address of a category with a 301 as soon as the new slug is saved, since categories have no drafts', async () => {
      const { strapi } = context.cms
      const [oldSlug, newSlug] = [slug(), slug()]
      const category = await strapi.documents(CATEGORY).create({ data: { name: `Moving ${oldSlug}`, slug: oldSlug } })
      try {
        await strapi.documents(CATEGORY).update({ documentId: category.documentId, data: { slug: newSlug } })
        expect(await ruleFrom(categoryPath(oldSlug))).toMatchObject({ to: categoryPath(newSlug), type: 'permanent_301' })
      }
      finally {
        await strapi.documents(CATEGORY).delete({ documentId: category.documentId })
        await strapi.db.query(UID).deleteMany({ where: { from: { $in: [categoryPath(oldSlug), categoryPath(newSlug)] } } })
      }
    })
  })

  describe('redirects to a chosen entry, and over a live page', () => {
    let editor: AdminSession
    const run = `/e-${crypto.randomUUID().slice(0, 8)}`
    const slug = () => `target-${crypto.randomUUID().slice(0, 8)}`
    const cleanups: Array<() => Promise<unknown>> = []

    const save = async (data: Record<string, unknown>) => {
      const response = await editor.fetch(`/content-manager/collection-types/${UID}`, { method: 'POST', body: JSON.stringify(data) })
      return { status: response.status, body: await response.json() as AdminAnswer }
    }
    /** The rule as the site reads it, resolved as the site resolves it. */
    const served = async (from: string) => {
      const response = await fetch(`${context.cms.url}/api/redirects?filters[from][$eq]=${encodeURIComponent(from)}`)
      const { data } = await response.json() as { data: unknown[] }
      return data.map(item => redirectRuleOf(redirectSchema.parse(item)))[0]
    }

    beforeAll(async () => {
      editor = await signInAs(context.cms, 'strapi-editor')
    })

    afterEach(async () => {
      for (const cleanup of cleanups.splice(0))
        await cleanup()
      // Deleting a published entry leaves a 410 at its address: those go too.
      await context.cms.strapi.db.query(UID).deleteMany({ where: { $or: [{ from: { $startsWith: run } }, { from: { $contains: '/target-' } }] } })
    })

    afterAll(async () => {
      await editor.end()
    })

    it('follows a chosen article through a rename, and answers 410 once it is unpublished', async () => {
      const { strapi } = context.cms
      const [first, second] = [slug(), slug()]
      const article = await publishedArticle(context, first)
      cleanups.push(() => strapi.documents(ARTICLE).delete({ documentId: article.documentId }))

      const { status, body } = await save({ from: `${run}/spring-offer`, type: 'permanent_301', toArticle: { connect: [{ documentId: article.documentId }] } })
      expect(status, JSON.stringify(body)).toBe(201)
      expect(await served(`${run}/spring-offer`)).toEqual({ from: `${run}/spring-offer`, to: articlePath(first), type: 'permanent_301' })

      await strapi.documents(ARTICLE).update({ documentId: article.documentId, data: { slug: second }, status: 'published' })
      expect(await served(`${run}/spring-offer`)).toMatchObject({ to: articlePath(second) })

      await strapi.documents(ARTICLE).unpublish({ documentId: article.documentId })
      expect(await served(`${run}/spring-offer`)).toMatchObject({ to: null })
    })

    it('refuses both an address and an entry, several entries, and an entry that is not published', async () => {
      const { strapi } = context.cms
      const article = await publishedArticle(context, slug())
      const service = await strapi.documents(SERVICE).findFirst({ status: 'published' })
      const draft = await strapi.documents(ARTICLE).create({ data: { title: 'Not yet', slug: slug(), excerpt: 'Draft.', body: 'Text.', author: { name: 'Ada' }, publishedDate: '2026-01-01' } })
      cleanups.push(() => strapi.documents(ARTICLE).delete({ documentId: article.documentId }), () => strapi.documents(ARTICLE).delete({ documentId: draft.documentId }))
      const toArticle = (documentId: string) => ({ connect: [{ documentId }] })

      const both = await save({ from: `${run}/both`, to: '/blog', type: 'permanent_301', toArticle: toArticle(article.documentId) })
      expect(both.status).toBe(400)
      expect(both.body.error?.message).toBe('Choose either a new address or an article, not both: empty "New address" to follow the article.')

      const several = await save({ from: `${run}/several`, type: 'permanent_301', toArticle: toArticle(article.documentId), toService: { connect: [{ documentId: service!.documentId }] } })
      expect(several.body.error?.message).toBe('Choose one entry to send visitors to, not several.')

      const unpublished = await save({ from: `${run}/draft`, type: 'permanent_301', toArticle: toArticle(draft.documentId) })
      expect(unpublished.body.error?.message).toBe('The chosen article is not published, so visitors would find nothing there. Publish it first, or choose another.')
      expect(await strapi.db.query(UID).count({ where: { from: { $startsWith: run } } })).toBe(0)
    })

    it('refuses a rule over a published page until the editor sets "Replace a live page"', async () => {
      const { strapi } = context.cms
      const service = await strapi.documents(SERVICE).findFirst({ status: 'published', fields: ['title', 'slug'] })
      const from = servicePath(service!.slug!)
      cleanups.push(() => strapi.db.query(UID).deleteMany({ where: { from } }))

      const refused = await save({ from, to: '/services', type: 'temporary_302' })
      expect(refused.status).toBe(400)
      expect(refused.body.error?.message).toBe(`"${from}" is the address of the published service "${service!.title}" (${from}). Set "Replace a live page" to TRUE to send its visitors elsewhere, or unpublish it first.`)
      const prefix = await save({ from: '/services/*', to: '/blog', type: 'temporary_302' })
      expect(prefix.body.error?.message).toMatch(/^"\/services\/\*" covers the address of the published (service|page) /)

      const confirmed = await save({ from, to: '/services', type: 'temporary_302', replacesLivePage: true })
      expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(201)
    })
  })

  describe('an address taken off the site', () => {
    const ruleFrom = (from: string) => context.cms.strapi.documents(UID).findFirst({ filters: { from } })
    const slug = () => `gone-${crypto.randomUUID().slice(0, 8)}`

    it('answers 410 once an article is unpublished, and is the article\'s again when it is published', async () => {
      const { strapi } = context.cms
      const article = await publishedArticle(context, slug())
      const path = articlePath(article.slug!)
      const editor = await signInAs(context.cms, 'strapi-editor')
      try {
        const action = (name: string) => editor.fetch(`/content-manager/collection-types/${ARTICLE}/${article.documentId}/actions/${name}`, { method: 'POST', body: JSON.stringify({}) })
        expect((await action('unpublish')).status).toBe(200)
        expect(await ruleFrom(path)).toMatchObject({ type: 'gone_410', enabled: true, note: `Written by the CMS when the article "${article.title}" was unpublished. Give it a new address to send visitors somewhere instead.` })

        expect((await action('publish')).status).toBe(200)
        expect(await ruleFrom(path)).toBeNull()
      }
      finally {
        await editor.end()
        await strapi.documents(ARTICLE).delete({ documentId: article.documentId })
        await strapi.db.query(UID).deleteMany({ where: { from: path } })
      }
    })

    it('answers 410 for a deleted page, and keeps an editor\'s redirect from an unpublished one', async () => {
      const { strapi } = context.cms
      const publishedPage = (pageSlug: string) => strapi.documents(PAGE).create({ data: { title: `Page ${pageSlug}`, slug: pageSlug, sections: [] }, status: 'published' })
      const [deleted, kept] = [await publishedPage(slug()), await publishedPage(slug())]
      try {
        await strapi.documents(PAGE).delete({ documentId: deleted.documentId })
        expect(await ruleFrom(pagePath(deleted.slug!))).toMatchObject({ type: 'gone_410', note: expect.stringContaining(`page "${deleted.title}" was deleted`) })

        await strapi.documents(UID).create({ data: { from: pagePath(kept.slug!), to: '/about', type: 'permanent_301', replacesLivePage: true } })
        await strapi.documents(PAGE).unpublish({ documentId: kept.documentId })
        expect(await ruleFrom(pagePath(kept.slug!))).toMatchObject({ type: 'permanent_301', to: '/about' })
      }
      finally {
        await strapi.documents(PAGE).delete({ documentId: kept.documentId })
        await strapi.db.query(UID).deleteMany({ where: { from: { $in: [pagePath(deleted.slug!), pagePath(kept.slug!)] } } })
      }
    })
  })
}
