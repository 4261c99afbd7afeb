import type { Core } from '@strapi/strapi'
import type { BoundSql } from './statement-rounds'
import { columnValue, entryReader } from './column-values'

type Database = Core.Strapi['db']
type Meta = ReturnType<Database['metadata']['get']>
type Attribute = Meta['attributes'][string]
type Direction = 'asc' | 'desc'
type Row = Record<string, unknown>
type Entry = Record<string, unknown>

/** What a response shape populates for some entries: the statements that read it, and how their rows go in. */
export interface PopulatePlan {
  statements: BoundSql[]
  /** Gives the entries what the statements read, given each one's rows in order. */
  assign: (results: Row[][]) => void
}

/** A response shape's populate, compiled: the plan for the entries of a read. */
export type CompiledPopulate = (entries: Entry[]) => PopulatePlan

/** What a compiled populate reads with: the database, and which types keep drafts beside published versions. */
export interface PopulateContext {
  db: Database
  hasDraftAndPublish: (uid: string) => boolean
}

/** The keys of a populate value, as Strapi's query-params transformer leaves it, that a compiled read answers. */
const COMPILED_KEYS = new Set(['select', 'orderBy', 'populate'])

interface PopulateValue {
  select?: string[]
  orderBy?: Array<Record<string, Direction>>
  populate?: Record<string, unknown>
}

/** The column every compiled statement names its join key, by which its rows go to their entries. */
export const JOIN_KEY = '__populate_key'

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function asPopulateValue(value: unknown): PopulateValue | undefined {
  if (value === true)
    return {}
  if (!isRecord(value) || Object.keys(value).some(key => !COMPILED_KEYS.has(key)))
    return undefined
  const { select, orderBy, populate } = value
  const valid = (select === undefined || (Array.isArray(select) && select.every(name => typeof name === 'string')))
    && (orderBy === undefined || (Array.isArray(orderBy) && orderBy.every(isRecord)))
    && (populate === undefined || isRecord(populate))
  return valid ? value as PopulateValue : undefined
}

/** The scalar column of `attribute`, when the query engine reads it as one. */
function scalarColumn(meta: Meta, name: string): string | undefined {
  const attribute = meta.attributes[name]
  if (attribute === undefined || columnValue(attribute.type) === undefined)
    return undefined
  return ('columnName' in attribute && attribute.columnName) || name
}

interface StatementParts {
  /** The target table's columns as the query engine selects them, before the join key. */
  columns: string
  from: string
  /** Conditions on the join table besides the key, with their values. */
  conditions: Array<[string, unknown]>
  /** On a target with drafts, the published versions only, as Strapi's status filter reads every populated type. */
  published: string
  key: string
  order: string
}

/** The populate's `select` and `orderBy` on the target, the join table's order when it has no order of its own. */
function targetColumns(meta: Meta, value: PopulateValue, joinOrder: Record<string, Direction> | undefined): { columns: string, order: string } | undefined {
  const ordered: Array<[string, Direction]> = []
  for (const step of value.orderBy ?? []) {
    const [entry, ...more] = Object.entries(step)
    if (entry === undefined || more.length > 0 || !['asc', 'desc'].includes(entry[1]))
      return undefined
    const column = scalarColumn(meta, entry[0])
    if (column === undefined)
      return undefined
    ordered.push([`"t0".${quote(column)}`, entry[1]])
  }
  if (value.orderBy === undefined || value.orderBy.length === 0)
    ordered.push(...Object.entries(joinOrder ?? {}).map(([column, direction]): [string, Direction] => [`"t1".${quote(column)}`, direction]))
  const selected: string[] = []
  for (const name of value.select ?? []) {
    const column = scalarColumn(meta, name)
    if (column === undefined)
      return undefined
    selected.push(`"t0".${quote(column)}`)
  }
  const columns = [...ordered.map(([column]) => column), ...(value.select ? selected : ['"t0".*'])]
  const order = ordered.length === 0 ? '' : ` order by ${ordered.map(([column, direction]) => `${column} ${direction}`).join(', ')}`
  return { columns: columns.join(', '), order }
}

function plainConditions(on: unknown): Array<[string, unknown]> | undefined {
  if (on === undefined)
    return []
  if (typeof on !== 'object' || on === null)
    return undefined
  const conditions = Object.entries(on)
  return conditions.every(([, value]) => ['string', 'number', 'boolean'].includes(typeof value)) ? conditions : undefined
}

/**
 * A populated attribute's read, for the attributes Strapi reads through a join table: media (the
 * upload plugin's morph table), components and relations. Anything else is not compiled.
 */
function statementFor({ db, hasDraftAndPublish }: PopulateContext, uid: string, name: string, attribute: Attribute, value: PopulateValue): { statement: StatementParts, target: Meta, many: boolean, parentKey: string } | undefined {
  if (attribute.type !== 'relation' || !('target' in attribute))
    return undefined
  const target = db.metadata.get(attribute.target)
  const publishedAt = hasDraftAndPublish(target.uid) ? scalarColumn(target, 'publishedAt') : ''
  if (publishedAt === undefined)
    return undefined
  const published = publishedAt ? ` and "t0".${quote(publishedAt)} is not null` : ''
  const schema = db.getSchemaName()
  const table = (tableName: string) => schema ? `${quote(schema)}.${quote(tableName)}` : quote(tableName)
  if (attribute.relation === 'morphOne' || attribute.relation === 'morphMany') {
    const owner = target.attributes[attribute.morphBy]
    if (owner?.type !== 'relation' || owner.relation !== 'morphToMany')
      return undefined
    const { joinColumn, morphColumn, orderBy, on } = owner.joinTable
    const conditions = plainConditions({ ...on, field: name })
    const selected = targetColumns(target, value, orderBy)
    if (!conditions || !selected)
      return undefined
    return {
      statement: {
        columns: selected.columns,
        from: `${table(target.tableName)} as "t0" join ${table(owner.joinTable.name)} as "t1" on "t0".${quote(joinColumn.referencedColumn)} = "t1".${quote(joinColumn.name)}`,
        conditions: [...conditions, [morphColumn.typeColumn.name, uid]],
        published,
        key: morphColumn.idColumn.name,
        order: selected.order,
      },
      target,
      many: attribute.relation === 'morphMany',
      parentKey: morphColumn.idColumn.referencedColumn,
    }
  }
  if (!('joinTable' in attribute) || attribute.joinTable === undefined || 'morphColumn' in attribute.joinTable || attribute.relation.startsWith('morph'))
    return undefined
  const { joinTable } = attribute
  const conditions = plainConditions(joinTable.on)
  const selected = targetColumns(target, value, joinTable.orderBy)
  if (!conditions || !selected)
    return undefined
  return {
    statement: {
      columns: selected.columns,
      from: `${table(target.tableName)} as "t0" join ${table(joinTable.name)} as "t1" on "t0".${quote(joinTable.inverseJoinColumn.referencedColumn)} = "t1".${quote(joinTable.inverseJoinColumn.name)}`,
      conditions,
      published,
      key: joinTable.joinColumn.name,
      order: selected.order,
    },
    target,
    many: attribute.relation === 'oneToMany' || attribute.relation === 'manyToMany',
    parentKey: joinTable.joinColumn.referencedColumn,
  }
}

/** The join table's conditions besides the key, and the published-version condition, with their values. */
function restrictions(statement: StatementParts): BoundSql {
  return {
    sql: statement.conditions.map(([column]) => ` and "t1".${quote(column)} = ?`).join('') + statement.published,
    bindings: statement.conditions.map(([, value]) => value),
  }
}

/** Rows of `statement` whose parent is among `parentKeys`, an SQL list of them or a query for them. */
function rowsSql(statement: StatementParts, parentKeys: BoundSql, selected: string): BoundSql {
  const restricted = restrictions(statement)
  return {
    sql: `${selected} from ${statement.from} where "t1".${quote(statement.key)} in (${parentKeys.sql})${restricted.sql}`,
    bindings: [...parentKeys.bindings, ...restricted.bindings],
  }
}

/** One populated attribute, compiled: its statement given its parents' keys, and what it populates in turn. */
interface CompiledAttribute {
  name: string
  many: boolean
  /** The parent's attribute whose value the statement's join key matches, and that attribute's column. */
  parentAttribute: string
  parentKey: string
  /** The read, given SQL for the parents' keys. */
  statement: (parentKeys: BoundSql) => BoundSql
  /** SQL for `column` of the rows the read gives, given SQL for the parents' keys: its nested attributes' parent keys. */
  keys: (column: string, parentKeys: BoundSql) => BoundSql
  readEntry: (row: Row) => Entry
  nested: CompiledAttribute[]
}

function compileAttribute(context: PopulateContext, uid: string, meta: Meta, name: string, populateValue: unknown): CompiledAttribute | undefined {
  const attribute = meta.attributes[name]
  const value = asPopulateValue(populateValue)
  const compiled = attribute && value && statementFor(context, uid, name, attribute, value)
  if (!compiled)
    return undefined
  const { statement, target, many, parentKey } = compiled
  const parentAttribute = meta.columnToAttribute[parentKey]
  const nested = compileAttributes(context, target.uid, value.populate ?? {})
  if (parentAttribute === undefined || nested === undefined)
    return undefined
  const read = `select distinct ${statement.columns}, "t1".${quote(statement.key)} as ${quote(JOIN_KEY)}`
  return {
    name,
    many,
    parentAttribute,
    parentKey,
    statement: (parentKeys) => {
      const rows = rowsSql(statement, parentKeys, read)
      return { sql: rows.sql + statement.order, bindings: rows.bindings }
    },
    keys: (column, parentKeys) => rowsSql(statement, parentKeys, `select "t0".${quote(column)}`),
    readEntry: entryReader(target),
    nested,
  }
}

function compileAttributes(context: PopulateContext, uid: string, populate: Record<string, unknown>): CompiledAttribute[] | undefined {
  const meta = context.db.metadata.get(uid)
  const attributes: CompiledAttribute[] = []
  for (const [name, value] of Object.entries(populate)) {
    const attribute = compileAttribute(context, uid, meta, name, value)
    if (attribute === undefined)
      return undefined
    attributes.push(attribute)
  }
  return attributes
}

/** Gives `entries` the entries `rows` read for `attribute`, by join key, and answers those read. */
function assign(attribute: CompiledAttribute, entries: Entry[], rows: Row[]): Entry[] {
  const byKey = new Map<string, Entry[]>()
  const read: Entry[] = []
  for (const row of rows) {
    const entry = attribute.readEntry(row)
    read.push(entry)
    const key = String(row[JOIN_KEY])
    const group = byKey.get(key)
    if (group)
      group.push(entry)
    else
      byKey.set(key, [entry])
  }
  for (const entry of entries) {
    const group = byKey.get(String(entry[attribute.parentAttribute]))
    entry[attribute.name] = attribute.many ? (group ?? []) : (group?.[0] ?? null)
  }
  return read
}

/** A populated attribute to read for some entries, with SQL for their keys. */
interface Read {
  attribute: CompiledAttribute
  parentKeys: BoundSql
  /** Where the parents come from: the entries read first, or the read of this index. */
  parent?: number
}

/**
 * Every populated attribute's read at once: a nested attribute finds its parents' keys with a query on
 * its parent's tables, rather than waiting for its parent's rows.
 */
function readsOf(attributes: CompiledAttribute[], entries: Entry[]): Read[] {
  const reads: Read[] = []
  const add = (nested: CompiledAttribute[], parent: number) => {
    const { attribute, parentKeys } = reads[parent]!
    for (const child of nested) {
      reads.push({ attribute: child, parentKeys: attribute.keys(child.parentKey, parentKeys), parent })
      add(child.nested, reads.length - 1)
    }
  }
  for (const attribute of attributes) {
    const keys = [...new Set(entries.map(entry => entry[attribute.parentAttribute]).filter(key => key !== null && key !== undefined))]
    if (keys.length === 0) {
      for (const entry of entries) entry[attribute.name] = attribute.many ? [] : null
      continue
    }
    reads.push({ attribute, parentKeys: { sql: keys.map(() => '?').join(', '), bindings: keys } })
    add(attribute.nested, reads.length - 1)
  }
  return reads
}

/**
 * The populate of a published read's response shape turned into fixed SQL, once: one statement per
 * populated attribute, whatever the entries, with the query engine's joins, conditions and order and the
 * published-version condition Strapi's status filter adds on types with drafts, its rows read as the
 * query engine reads them. The statements can run together (statement-rounds.ts): a nested attribute's
 * statement finds its parents' keys itself. Undefined when any part of the populate is not one a
 * compiled read answers (dynamic zones, relations on a foreign key, filters or limits on a populated
 * relation): the query engine populates those shapes.
 * Upstream, the query engine builds every populate query anew through its query builder and knex on
 * each read, about a quarter of the CPU time of an uncached list read on SQLite
 * (https://github.com/strapi/strapi/issues/15482). This relies on @strapi/database's populate SQL and
 * its fields' `fromDB`: the parity suite (test/integration/suites/published-reads.ts) holds the answers
 * to the query engine's and the document service's on SQLite and PostgreSQL, and
 * test/unit/column-values.spec.ts the conversions to Strapi's own. Remove it when the query engine keeps
 * a populate's SQL between reads, so that `pnpm bench rest` measures this no faster.
 */
export function compilePopulate(context: PopulateContext, uid: string, populate: Record<string, unknown>): CompiledPopulate | undefined {
  if (!['sqlite', 'postgres'].includes(context.db.dialect.client))
    return undefined
  const attributes = compileAttributes(context, uid, populate)
  if (attributes === undefined)
    return undefined
  return (entries) => {
    const reads = readsOf(attributes, entries)
    return {
      statements: reads.map(({ attribute, parentKeys }) => attribute.statement(parentKeys)),
      assign: (results) => {
        const readEntries: Entry[][] = []
        for (const [index, { attribute, parent }] of reads.entries())
          readEntries.push(assign(attribute, parent === undefined ? entries : readEntries[parent]!, results[index]!))
      },
    }
  }
}
