import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvCell, csvRow } from '../../../src/lead-desk/csv'

describe('CSV cells', () => {
  it.each([
    ['=SUM(A1:A9)', '\'=SUM(A1:A9)'],
    ['+1 555 0100', '\'+1 555 0100'],
    ['-2+3', '\'-2+3'],
    ['@cmd', '\'@cmd'],
    ['\tindented', '\'\tindented'],
    ['\rreturn', '"\'\rreturn"'],
    ['Acme, Inc.', '"Acme, Inc."'],
    ['say "hi"', '"say ""hi"""'],
    ['plain', 'plain'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })

  it('leaves numbers, booleans and empty values as they are', () => {
    expect([csvCell(-5), csvCell(true), csvCell(null), csvCell(undefined)]).toEqual(['-5', 'true', '', ''])
  })

  it('reads back as the text given, with a quote in front only where a formula could start', () => {
    fc.assert(fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), (values) => {
      const [row] = parse(csvRow(values), { relax_column_count: true }) as string[][]
      expect(row).toEqual(values.map(value => /^[=+\-@\t\r]/.test(value) ? `'${value}` : value))
    }))
  })
})
