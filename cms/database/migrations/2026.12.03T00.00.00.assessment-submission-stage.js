'use strict'

const TABLE = 'assessment_submissions'

/**
 * A lead's place in the follow-up was an attribute named `status`, which Strapi 5 reserves for a
 * document's draft or published state: the admin showed every lead as "Published" and refused to save
 * one as contacted. The column becomes `stage` with every stored value, before Strapi syncs the tables
 * with the content types (which would otherwise drop `status` and add an empty `stage`). A new database
 * has no such table yet, and nothing to carry over.
 */
module.exports = {
  async up(knex) {
    const schema = knex.client.config.connection?.schema
    const builder = () => schema ? knex.schema.withSchema(schema) : knex.schema
    if (!await builder().hasTable(TABLE) || !await builder().hasColumn(TABLE, 'status'))
      return
    await builder().alterTable(TABLE, (table) => {
      table.renameColumn('status', 'stage')
    })
  },
}
