import type { CmsContext } from '../../support/suite'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const UID = 'api::assessment-submission.assessment-submission'
const TABLE = 'assessment_submissions'

interface Migration { up: (knex: unknown) => Promise<void> }
const stageMigration = createRequire(import.meta.url)(path.resolve(import.meta.dirname, '../../../database/migrations/2026.12.03T00.00.00.assessment-submission-stage.js')) as Migration

/** Rolls back whatever `run` did to the database, so the CMS the other suites use is left as it was. */
class RolledBack extends Error {}

export function migrationsSuite(context: CmsContext): void {
  describe('database migrations', () => {
    it('carries every lead\'s stage over from the column Strapi 5 reserves, once', async () => {
      const { strapi } = context.cms
      const stages = ['new', 'contacted', 'won'] as const
      const leads = await Promise.all(stages.map((stage, index) => strapi.documents(UID).create({
        data: { name: `Migrated ${index}`, email: `migrated-${index}@example.com`, company: 'Old Data Ltd', websiteUrl: 'https://example.com/', consent: true, idempotencyKey: `stage-migration-${index}-${Date.now()}`, stage },
      })))
      const knex = strapi.db.connection
      const schema = strapi.db.getSchemaName()
      const table = () => schema ? knex.schema.withSchema(schema) : knex.schema
      let carried: Array<{ document_id: string, stage: string }> = []
      await knex.transaction(async (trx) => {
        // The table as an earlier version of the CMS left it.
        await (schema ? trx.schema.withSchema(schema) : trx.schema).alterTable(TABLE, (old) => {
          old.renameColumn('stage', 'status')
        })
        await stageMigration.up(trx)
        await stageMigration.up(trx)
        const rows = schema ? trx(TABLE).withSchema(schema) : trx(TABLE)
        carried = await rows.select('document_id', 'stage').whereIn('document_id', leads.map(lead => lead.documentId))
        throw new RolledBack()
      }).catch((error: unknown) => {
        if (!(error instanceof RolledBack))
          throw error
      })
      expect(Object.fromEntries(carried.map(row => [row.document_id, row.stage])))
        .toEqual(Object.fromEntries(leads.map((lead, index) => [lead.documentId, stages[index]])))
      expect(await table().hasColumn(TABLE, 'stage')).toBe(true)
      expect(await table().hasColumn(TABLE, 'status')).toBe(false)
      for (const lead of leads)
        await strapi.documents(UID).delete({ documentId: lead.documentId })
    })

    it('leaves a database without leads alone', async () => {
      await context.cms.strapi.db.connection.transaction(async (trx) => {
        await trx.schema.renameTable(TABLE, `${TABLE}_elsewhere`)
        await expect(stageMigration.up(trx)).resolves.toBeUndefined()
        throw new RolledBack()
      }).catch((error: unknown) => {
        if (!(error instanceof RolledBack))
          throw error
      })
      expect(await context.cms.strapi.db.connection.schema.hasTable(TABLE)).toBe(true)
    })
  })
}
