import type { Core } from '@strapi/strapi'
import type { BoundSql } from '../../src/published-reads/statement-rounds'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { postgresUnavailableReason, TEST_POSTGRES_URL } from '@agency/test-support/postgres'
import { describeIfAvailable } from '@agency/test-support/suites'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connectionPool } from '../../src/database/connection-pool'
import { statementRunner } from '../../src/published-reads/statement-rounds'

type Database = Core.Strapi['db']
type Knex = Database['connection']

/** The knex Strapi's database layer runs on, with the drivers the CMS uses. */
const strapiRequire = createRequire(createRequire(require.resolve('@strapi/strapi')).resolve('@strapi/database'))
const knex = strapiRequire('knex') as (config: Record<string, unknown>) => Knex

/** Strings that quoting must carry through unchanged, an attempt to end the statement among them. */
const AWKWARD = ['it\'s', 'back\\slash', '"double"', 'line\nbreak', '\'); drop table articles; --', 'ünïcödé', '', 'E\'x\'']

describeIfAvailable('a compiled populate\'s statements on PostgreSQL', await postgresUnavailableReason(), () => {
  let connection: Knex
  const sent: string[] = []
  const runner = () => statementRunner({ dialect: { client: 'postgres' }, connection } as unknown as Database)
  const run = (statements: BoundSql[]) => runner().run(statements)
  const oneByOne = (statements: BoundSql[]) => Promise.all(statements.map(async ({ sql, bindings }) => (await connection.raw(sql, bindings)).rows as unknown[]))

  beforeAll(() => {
    connection = knex({ client: 'pg', connection: TEST_POSTGRES_URL, pool: { min: 0, max: 2 } })
    connection.on('query', (query: { sql: string }) => void sent.push(query.sql))
  })
  afterAll(() => connection.destroy())
  beforeEach(() => {
    sent.length = 0
  })

  it('go to the server in one message and answer what each answers with its values as parameters', async () => {
    const statements = [
      ...AWKWARD.map(text => ({ sql: 'select ? as "text", ? as "untyped", ?::integer as "number"', bindings: [text, 7, 7] })),
      { sql: 'select "n", ? as "flag" from (values (1), (2), (3)) as "t" ("n") where "n" in (?, ?) order by "n"', bindings: [true, 3, 1] },
      { sql: 'select ?::bigint as "big"', bindings: [2n ** 62n] },
    ]
    const rows = await run(statements)
    expect(sent).toHaveLength(1)
    expect(sent[0]).not.toMatch(/\$\d/)
    expect(rows).toEqual(await oneByOne(statements))
    expect(rows.slice(0, AWKWARD.length).map(([row]) => row?.text)).toEqual(AWKWARD)
    // As a parameter, a value takes the type of where it stands, and text where nothing says.
    expect(rows[0]).toEqual([{ text: AWKWARD[0], untyped: '7', number: 7 }])
    expect(rows.at(-2)).toEqual([{ n: 1, flag: 'true' }, { n: 3, flag: 'true' }])
  })

  it('run one by one when a value cannot be written into the text', async () => {
    const statements = [
      { sql: 'select ? as "text"', bindings: ['a ? mark, which knex reads as a placeholder'] },
      { sql: 'select ?::timestamptz as "at"', bindings: [new Date('2026-12-07T04:00:00Z')] },
      { sql: 'select ?::integer as "number"', bindings: [1] },
    ]
    const rows = await run(statements)
    expect(sent).toHaveLength(3)
    expect(rows).toEqual(await oneByOne(statements))
  })

  it('send a second round made of the first\'s rows as a message of its own, and none when it is empty', async () => {
    const first = [{ sql: 'select "n" from (values (1), (2), (3)) as "t" ("n") where "n" > ? order by "n"', bindings: [1] }, { sql: 'select ? as "text"', bindings: ['x'] }]
    const [firstRows, secondRows] = await runner().runThen(first, ([numbers = []]) => numbers.map(({ n }) => ({ sql: 'select ?::integer * 10 as "tens"', bindings: [n] })))
    expect(sent).toHaveLength(2)
    expect(firstRows).toEqual(await oneByOne(first))
    expect(secondRows).toEqual([[{ tens: 20 }], [{ tens: 30 }]])
    sent.length = 0
    expect(await runner().runThen(first, () => [])).toEqual([firstRows, []])
    expect(sent).toHaveLength(1)
  })

  it('keep a single statement\'s parameters', async () => {
    const rows = await run([{ sql: 'select ?::integer as "number"', bindings: [5] }])
    expect(sent).toEqual(['select $1::integer as "number"'])
    expect(rows).toEqual([[{ number: 5 }]])
  })
})

describe('a compiled populate\'s statements on SQLite', () => {
  let connection: Knex
  let dir: string
  const sent: string[] = []
  const runner = () => statementRunner({ dialect: { client: 'sqlite' }, connection } as unknown as Database)
  const run = (statements: BoundSql[]) => runner().run(statements)
  const oneByOne = (statements: BoundSql[]) => Promise.all(statements.map(async ({ sql, bindings }) => await connection.raw(sql, bindings) as unknown[]))

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statement-rounds-'))
    // As Strapi opens SQLite: one connection in the pool.
    connection = knex({ client: 'better-sqlite3', connection: { filename: path.join(dir, 'data.db') }, useNullAsDefault: true, pool: { min: 1, max: 1 } })
    await connection.schema.createTable('articles', (table) => {
      table.increments('id')
      table.string('title')
      table.boolean('featured')
      table.datetime('published_at')
    })
    await connection('articles').insert([
      { title: 'it\'s', featured: true, published_at: new Date('2026-12-07T04:00:00Z') },
      { title: 'Draft', featured: false, published_at: null },
    ])
    connection.on('query', (query: { sql: string }) => void sent.push(query.sql))
  })
  afterAll(async () => {
    await connection.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  })
  beforeEach(() => {
    sent.length = 0
  })

  it('answer what knex answers, with values bound as knex binds them, without knex\'s query runner', async () => {
    const statements = [
      { sql: 'select * from "articles" where "featured" = ? order by "id"', bindings: [true] },
      { sql: 'select "id", "title" from "articles" where "published_at" = ?', bindings: [new Date('2026-12-07T04:00:00Z')] },
      { sql: 'select * from "articles" where "id" in (?, ?) and "title" = ?', bindings: [1, 2, 'it\'s'] },
      { sql: 'select count(*) as "count" from "articles" where "published_at" is null', bindings: [] },
    ]
    const rows = await run(statements)
    expect(sent).toEqual([])
    expect(rows).toEqual(await oneByOne(statements))
    expect(rows.map(found => found.length)).toEqual([1, 1, 1, 1])
  })

  it('run a second round made of the first\'s rows in the same transaction', async () => {
    const first = [{ sql: 'select "id" from "articles" order by "id"', bindings: [] }]
    // The pool's one connection, which the rounds run on.
    const pool = connectionPool<{ inTransaction: boolean }>({ connection } as unknown as Database)
    const only = await pool.acquireConnection()
    await pool.releaseConnection(only)
    let inTransaction: boolean | undefined
    const [firstRows, secondRows] = await runner().runThen(first, ([ids = []]) => {
      inTransaction = only.inTransaction
      return ids.map(({ id }) => ({ sql: 'select "title" from "articles" where "id" = ?', bindings: [id] }))
    })
    expect(sent).toEqual([])
    expect(inTransaction).toBe(true)
    expect(firstRows).toEqual(await oneByOne(first))
    expect(secondRows).toEqual([[{ title: 'it\'s' }], [{ title: 'Draft' }]])
  })

  it('give the connection back, after an error too', async () => {
    await expect(run([{ sql: 'select * from "nowhere"', bindings: [] }])).rejects.toThrow(/no such table/)
    // The pool holds one connection: a read still waiting for it would time out.
    expect(await connection('articles').count({ count: '*' })).toEqual([{ count: 2 }])
  })
})
