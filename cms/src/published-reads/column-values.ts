import type { Core } from '@strapi/strapi'

/** Turns a value as the database driver returns it into the value Strapi's query engine gives for the attribute. */
export type ColumnValue = (value: unknown) => unknown

const asIs: ColumnValue = value => value

const text: ColumnValue = value => typeof value === 'string' ? value : String(value)

const number: ColumnValue = value => typeof value === 'number' ? value : Number(value)

const BIG_INTEGER = /^[+-]?\d+$/

function bigInteger(value: unknown): unknown {
  if (typeof value === 'bigint' || (typeof value === 'number' && Number.isInteger(value)))
    return value.toString()
  if (typeof value === 'string' && BIG_INTEGER.test(value.trim()))
    return BigInt(value.trim()).toString()
  return String(value)
}

function boolean(value: unknown): boolean | null {
  if (typeof value === 'boolean')
    return value
  const written = String(value)
  return written === '1' ? true : written === '0' ? false : null
}

/** Strapi 5 before rc.7 stored some JSON values stringified twice; the query engine reads both. */
function json(value: unknown): unknown {
  if (typeof value !== 'string')
    return value
  try {
    const parsed: unknown = JSON.parse(value)
    return typeof parsed === 'string' ? JSON.parse(parsed) : parsed
  }
  catch {
    return value
  }
}

function instant(value: unknown): Date {
  return value instanceof Date ? value : new Date(value as string | number)
}

function datetime(value: unknown): string | null {
  const at = instant(value)
  return Number.isNaN(at.getTime()) ? null : at.toISOString()
}

function timestamp(value: unknown): string | null {
  const time = instant(value).getTime()
  return Number.isNaN(time) ? null : String(time)
}

/**
 * What Strapi's query engine makes of each scalar attribute type when it reads a row
 * (@strapi/database's fields, `fromDB`). The parity suite (test/integration/suites/published-reads.ts)
 * holds these to the query engine's answers on SQLite and PostgreSQL.
 */
const BY_TYPE: Record<string, ColumnValue> = {
  increments: asIs,
  password: text,
  email: text,
  string: text,
  uid: text,
  richtext: text,
  text,
  enumeration: text,
  json,
  blocks: json,
  biginteger: bigInteger,
  integer: number,
  float: number,
  decimal: number,
  date: asIs,
  time: asIs,
  datetime,
  timestamp,
  boolean,
}

/** The conversion for a scalar attribute type, undefined for a type the query engine does not read as a column. */
export function columnValue(type: string): ColumnValue | undefined {
  return Object.hasOwn(BY_TYPE, type) ? BY_TYPE[type] : undefined
}

type Meta = ReturnType<Core.Strapi['db']['metadata']['get']>
type Row = Record<string, unknown>
type Entry = Record<string, unknown>

/**
 * How a type's rows become entries, as the query engine's `fromRow` makes them: each column it maps, in
 * the order the row has them.
 */
export function entryReader(meta: Meta): (row: Row) => Entry {
  const columns = new Map<string, [string, ColumnValue]>()
  for (const [column, name] of Object.entries(meta.columnToAttribute)) {
    const attribute = meta.attributes[name]
    const convert = attribute && (columnValue(attribute.type) ?? (attribute.type === 'relation' ? (value: unknown) => value : undefined))
    if (convert)
      columns.set(column, [name, convert])
  }
  return (row) => {
    const entry: Entry = {}
    for (const column in row) {
      const read = columns.get(column)
      if (read === undefined)
        continue
      const value = row[column]
      entry[read[0]] = value === null ? null : read[1](value)
    }
    return entry
  }
}
