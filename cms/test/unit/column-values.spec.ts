import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { columnValue } from '../../src/published-reads/column-values'

interface Field { fromDB: (value: unknown) => unknown }

/** The field classes Strapi's query engine reads rows with: what the compiled populate must agree with. */
const strapiRequire = createRequire(createRequire(require.resolve('@strapi/strapi')).resolve('@strapi/database'))
const { createField } = strapiRequire('@strapi/database/dist/fields/index.js') as { createField: (attribute: { type: string }) => Field }

/** Values as SQLite and PostgreSQL drivers hand them back, the odd ones included. */
const DRIVER_VALUES: unknown[] = [
  'text',
  '',
  ' 42 ',
  '12.50',
  '-7',
  '+12',
  '9007199254740993',
  'not a number',
  42,
  0,
  1,
  -3.5,
  true,
  false,
  't',
  '1',
  '0',
  '{"width":640,"formats":{"small":{"url":"/a.webp"}}}',
  '"{\\"twice\\":true}"',
  '[1,2]',
  '{broken',
  { already: 'parsed' },
  new Date('2026-12-07T10:00:00.000Z'),
  1_796_000_000_000,
  '2026-12-07',
  '2026-12-07 10:00:00',
  '10:15:00.000',
  'yesterday',
]

const SCALAR_TYPES = ['increments', 'password', 'email', 'string', 'uid', 'richtext', 'text', 'enumeration', 'json', 'blocks', 'biginteger', 'integer', 'float', 'decimal', 'date', 'time', 'datetime', 'timestamp', 'boolean']

describe('column values read by a compiled populate', () => {
  it.each(SCALAR_TYPES)('reads a %s column as Strapi\'s query engine does', (type) => {
    const convert = columnValue(type)
    const field = createField({ type })
    if (convert === undefined)
      throw new Error(`no conversion for ${type}`)
    for (const value of DRIVER_VALUES) {
      let expected: unknown
      try {
        expected = field.fromDB(value)
      }
      catch (error) {
        expect(() => convert(value), `${type} of ${JSON.stringify(value)}`).toThrow((error as Error).constructor)
        continue
      }
      expect(convert(value), `${type} of ${JSON.stringify(value)}`).toEqual(expected)
    }
  })

  it('knows no conversion for attributes that are not columns', () => {
    expect(columnValue('relation')).toBeUndefined()
    expect(columnValue('component')).toBeUndefined()
    expect(columnValue('constructor')).toBeUndefined()
  })
})
