import type { Core } from '@strapi/strapi'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { REUSED_STATEMENTS_LIMIT, reuseStatements } from '../../src/database/reused-statements'

type Knex = Core.Strapi['db']['connection']

/** The knex Strapi's database layer runs on, which is what the hook is written against. */
const strapiRequire = createRequire(createRequire(require.resolve('@strapi/strapi')).resolve('@strapi/database'))
const knex = strapiRequire('knex') as (config: Record<string, unknown>) => Knex

const opened: Array<{ db: Knex, dir: string }> = []
afterEach(async () => {
  await Promise.all(opened.splice(0).map(async ({ db, dir }) => {
    await db.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  }))
})

/** A SQLite file opened as Strapi opens it, with the hook, counting what better-sqlite3 compiles. */
function database(): { db: Knex, compiled: string[] } {
  const compiled: string[] = []
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reused-statements-'))
  const db = knex({
    client: 'better-sqlite3',
    connection: { filename: path.join(dir, 'data.db') },
    useNullAsDefault: true,
    pool: {
      afterCreate(connection: { prepare: (sql: string) => unknown }, done: (error?: Error, connection?: unknown) => void) {
        const prepare = connection.prepare.bind(connection)
        connection.prepare = (sql) => {
          compiled.push(sql)
          return prepare(sql)
        }
        reuseStatements(connection, done)
      },
    },
  })
  opened.push({ db, dir })
  return { db, compiled }
}

async function articles(db: Knex): Promise<void> {
  await db.schema.createTable('articles', (table) => {
    table.increments('id')
    table.string('title')
  })
  await db('articles').insert([{ title: 'One' }, { title: 'Two' }])
}

describe('statements reused on a SQLite connection', () => {
  it('compiles a query once and answers it again with the current rows', async () => {
    const { db, compiled } = database()
    await articles(db)
    const read = () => db('articles').select('*').orderBy('id')
    expect(await read()).toEqual([{ id: 1, title: 'One' }, { id: 2, title: 'Two' }])
    await db('articles').where({ id: 1 }).update({ title: 'First' })
    expect(await read()).toEqual([{ id: 1, title: 'First' }, { id: 2, title: 'Two' }])
    const select = compiled.filter(sql => sql.startsWith('select * from `articles`'))
    expect(select).toHaveLength(1)
  })

  it('binds each query\'s own values to a reused statement', async () => {
    const { db } = database()
    await articles(db)
    const title = (id: number) => db('articles').where({ id }).first('title')
    expect(await Promise.all([title(1), title(2), title(3)])).toEqual([{ title: 'One' }, { title: 'Two' }, undefined])
  })

  it('answers with the columns a schema change added', async () => {
    const { db } = database()
    await articles(db)
    const read = () => db('articles').select('*').where({ id: 1 })
    expect(await read()).toEqual([{ id: 1, title: 'One' }])
    await db.schema.alterTable('articles', table => table.string('slug').defaultTo('one'))
    expect(await read()).toEqual([{ id: 1, title: 'One', slug: 'one' }])
  })

  it('keeps at most the limit of distinct statements, letting the least recently used go', async () => {
    const { db, compiled } = database()
    await articles(db)
    const byTitle = (index: number) => db.raw(`select id from articles where title = ? and ${index} = ${index}`, ['One'])
    const compiledOf = (index: number) => compiled.filter(sql => sql.includes(`and ${index} = ${index}`)).length
    for (let index = 0; index < REUSED_STATEMENTS_LIMIT; index++)
      await byTitle(index)
    await byTitle(0)
    await byTitle(REUSED_STATEMENTS_LIMIT)
    await byTitle(0)
    await byTitle(1)
    expect(compiledOf(0)).toBe(1)
    expect(compiledOf(1)).toBe(2)
  })

  it('is still needed: knex asks the connection to prepare every query it runs', async () => {
    const { db, compiled } = database()
    await articles(db)
    const calls: string[] = []
    await db.client.acquireConnection().then((connection: { prepare: (sql: string) => unknown }) => {
      const prepare = connection.prepare
      connection.prepare = (sql) => {
        calls.push(sql)
        return prepare(sql)
      }
      return db.client.releaseConnection(connection)
    })
    await db('articles').select('title')
    await db('articles').select('title')
    expect(calls).toEqual(['select `title` from `articles`', 'select `title` from `articles`'])
    expect(compiled.filter(sql => sql === 'select `title` from `articles`')).toHaveLength(1)
  })
})
