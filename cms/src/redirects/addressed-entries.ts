import type { RedirectEntryTarget } from '@agency/shared'
import type { Core, UID } from '@strapi/strapi'
import { articlePath, caseStudyPath, categoryPath, hasOwnAddress, pagePath, servicePath, SYSTEM_PAGE_SLUGS } from '@agency/shared'

/** A content type whose entries each have an address of their own on the site, made from the slug. */
export interface AddressedType {
  uid: UID.ContentType
  /** The redirect field that chooses an entry of this type. */
  field: RedirectEntryTarget
  /** What an editor calls one, in messages. */
  noun: string
  /** The field that names an entry in messages. */
  titleField: 'title' | 'name'
  /** The entry's address, or '' for one the site shows elsewhere (the not-found page). */
  path: (slug: string) => string
  /** Whether saving makes a change live only once it is published; categories have no drafts. */
  drafts: boolean
}

export const ADDRESSED_TYPES: readonly AddressedType[] = [
  { uid: 'api::article.article', field: 'toArticle', noun: 'article', titleField: 'title', path: articlePath, drafts: true },
  { uid: 'api::service.service', field: 'toService', noun: 'service', titleField: 'title', path: servicePath, drafts: true },
  { uid: 'api::category.category', field: 'toCategory', noun: 'category', titleField: 'name', path: slug => categoryPath(slug), drafts: false },
  { uid: 'api::page.page', field: 'toPage', noun: 'page', titleField: 'title', path: slug => hasOwnAddress(slug) ? pagePath(slug) : '', drafts: true },
  { uid: 'api::case-study.case-study', field: 'toCaseStudy', noun: 'case study', titleField: 'title', path: caseStudyPath, drafts: true },
]

export function addressedType(uid: string): AddressedType | undefined {
  return ADDRESSED_TYPES.find(type => type.uid === uid)
}

/** A published entry as the redirect checks speak of it. */
export interface LiveEntry {
  type: AddressedType
  slug: string
  title: string
  path: string
}

type EntryRow = { documentId: string, slug?: string | null } & Partial<Record<'title' | 'name', string | null>>

/** Strapi types each content type's documents apart; these reads use only what every addressed type has. */
function documents(strapi: Core.Strapi, type: AddressedType) {
  return strapi.documents(type.uid as 'api::article.article') as unknown as {
    findOne: (params: { documentId: string, status: 'published', fields: string[] }) => Promise<EntryRow | null>
    findFirst: (params: { status: 'published', fields: string[], filters?: Record<string, unknown> }) => Promise<EntryRow | null>
    findMany: (params: { status: 'published', fields: string[], filters: Record<string, unknown> }) => Promise<EntryRow[]>
  }
}

function liveEntry(type: AddressedType, row: EntryRow | null): LiveEntry | null {
  const slug = row?.slug
  const path = slug ? type.path(slug) : ''
  return row && slug && path ? { type, slug, title: row[type.titleField] ?? slug, path } : null
}

/** The published version of an entry, or null while it has none. */
export async function publishedEntry(strapi: Core.Strapi, type: AddressedType, documentId: string): Promise<LiveEntry | null> {
  return liveEntry(type, await documents(strapi, type).findOne({ documentId, status: 'published', fields: ['slug', type.titleField] }))
}

/** The published versions of a type's entries, by document id, in one query; one with none is absent. */
export async function publishedEntries(strapi: Core.Strapi, type: AddressedType, documentIds: string[]): Promise<Map<string, LiveEntry>> {
  if (documentIds.length === 0)
    return new Map()
  const rows = await documents(strapi, type).findMany({ status: 'published', fields: ['slug', type.titleField], filters: { documentId: { $in: documentIds } } })
  return new Map(rows.flatMap((row) => {
    const entry = liveEntry(type, row)
    return entry ? [[row.documentId, entry] as const] : []
  }))
}

/** The address a type's entries share before their slug: `/blog/` for articles, `/` for pages. */
const addressStem = (type: AddressedType): string => type.path('').replace(/[^/]*$/, '')

/**
 * A published entry at an address, or for an address ending `/*`, one at or under it. Every page is
 * under `/`, so `/*` finds the home page.
 */
export async function liveEntryAt(strapi: Core.Strapi, address: string, { prefix = false } = {}): Promise<LiveEntry | null> {
  for (const type of ADDRESSED_TYPES) {
    const stem = addressStem(type)
    const coversAll = prefix && (address === '/' || stem.startsWith(`${address}/`))
    const slug = address === '/' ? 'home' : address.slice(stem.length)
    if (!coversAll && (!address.startsWith(stem) || slug.includes('/')))
      continue
    const found = liveEntry(type, await documents(strapi, type).findFirst({
      status: 'published',
      fields: ['slug', type.titleField],
      filters: { slug: coversAll ? { $notIn: Object.values(SYSTEM_PAGE_SLUGS) } : { $eq: slug } },
    }))
    if (found && (coversAll || found.path === address))
      return found
  }
  return null
}
