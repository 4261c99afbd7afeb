import type { Core } from '@strapi/strapi'

/**
 * Indexes for the queries the site and integrators make most, which Strapi's schema sync does not
 * create: the blog's newest-first list and count, the lookup of an article by slug (also what the
 * editor's slug uniqueness check runs on every save), and the components (author, SEO) of a page of
 * articles, which SQLite otherwise finds through the index on the component's field name, reading every
 * article's row. Without them, each is a scan of every article version, which with ten thousand articles
 * doubles the blog's response time. Recreated on every start.
 */
const INDEXES = [
  'create index if not exists articles_published_date_id_index on articles (published_date, id)',
  'create index if not exists articles_published_at_index on articles (published_at)',
  'create index if not exists articles_slug_index on articles (slug)',
  'create index if not exists articles_cmps_entity_field_index on articles_cmps (entity_id, field)',
]

export async function ensureQueryIndexes(strapi: Core.Strapi): Promise<void> {
  for (const statement of INDEXES)
    await strapi.db.connection.raw(statement)
}
