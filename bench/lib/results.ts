import fs from 'node:fs'
import os from 'node:os'

export interface Row {
  measure: string
  value: string
  target: string
  /** Undefined for figures given for context, with no target of their own. */
  met?: boolean
}

export interface Results {
  startedAt: Date
  seconds: number
  versions: Record<string, string>
  rows: Row[]
  notes: string[]
}

const status = (row: Row) => row.met === undefined ? '' : row.met ? 'met' : 'NOT MET'

export function printResults({ rows }: Results): void {
  console.table(rows.map(row => ({ measure: row.measure, value: row.value, target: row.target, status: status(row) })))
}

export function writeResults(file: string, results: Results): void {
  const cpus = os.cpus()
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`pnpm bench\` on ${results.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC in ${Math.round(results.seconds)} s.`,
    `Machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}.`,
    `Versions: ${Object.entries(results.versions).map(([name, version]) => `${name} ${version}`).join(', ')}.`,
    '',
    '| measure | value | target | status |',
    '|---|---|---|---|',
    ...results.rows.map(row => `| ${row.measure} | ${row.value} | ${row.target} | ${status(row)} |`),
    '',
    ...results.notes.map(note => `- ${note}`),
    '',
  ]
  fs.writeFileSync(file, lines.join('\n'))
}
