/**
 * Spreadsheet programs run a cell that starts with one of these as a formula, so a visitor who types
 * `=HYPERLINK(…)` into the form would otherwise get code run on the agency's machine
 * (OWASP, "CSV Injection").
 */
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r']

export type CsvValue = string | number | boolean | null | undefined

/** One cell: defused when it could start a formula, quoted when it holds a separator, quote or line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined)
    return ''
  let text = String(value)
  if (typeof value === 'string' && FORMULA_TRIGGERS.some(trigger => text.startsWith(trigger)))
    text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One line of the file, ending with CRLF as RFC 4180 asks. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`
}
