import fs from 'node:fs'
import os from 'node:os'

export interface Row {
  measure: string
  value: string
  target: string
  /** Undefined for figures given for context, with no target of their own. */
  met?: boolean
}

/** The figures of one section of `pnpm bench` (rest, pages, …), measured in one go. */
export interface SectionResults {
  name: string
  startedAt: Date
  seconds: number
  rows: Row[]
  notes: string[]
}

export interface Results {
  versions: Record<string, string>
  sections: SectionResults[]
  /** What holds for every section. */
  notes: string[]
}

const status = (row: Row) => row.met === undefined ? '' : row.met ? 'met' : 'NOT MET'

export function printResults({ sections }: Results): void {
  console.table(sections.flatMap(section => section.rows.map(row => ({ section: section.name, measure: row.measure, value: row.value, target: row.target, status: status(row) }))))
}

const SECTION_HEADING = /^## (\S+)$/

/** The sections already in `markdown`, each from its heading to the next: name → its lines. */
function writtenSections(markdown: string): Map<string, string[]> {
  const sections = new Map<string, string[]>()
  let current: string[] | undefined
  for (const line of markdown.split('\n')) {
    const name = SECTION_HEADING.exec(line)?.[1]
    if (name !== undefined) {
      current = []
      sections.set(name, current)
    }
    current?.push(line)
  }
  for (const lines of sections.values()) {
    while (lines.at(-1) === '')
      lines.pop()
  }
  return sections
}

function sectionLines(section: SectionResults, versions: Record<string, string>): string[] {
  const cpus = os.cpus()
  return [
    `## ${section.name}`,
    '',
    `Measured on ${section.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC in ${Math.round(section.seconds)} s.`,
    `Machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}.`,
    `Versions: ${Object.entries(versions).map(([name, version]) => `${name} ${version}`).join(', ')}.`,
    '',
    '| measure | value | target | status |',
    '|---|---|---|---|',
    ...section.rows.map(row => `| ${row.measure} | ${row.value} | ${row.target} | ${status(row)} |`),
    ...(section.notes.length > 0 ? ['', ...section.notes.map(note => `- ${note}`)] : []),
  ]
}

/**
 * Writes `file` with one `##` section per section of `order`: those measured now replace their earlier
 * figures, the others keep what the file held, so that `pnpm bench topology` leaves the rest in place.
 */
export function writeResults(file: string, results: Results, order: readonly string[]): void {
  const sections = writtenSections(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '')
  for (const section of results.sections)
    sections.set(section.name, sectionLines(section, results.versions))
  const lines = [
    '# Benchmark results',
    '',
    'Written by `pnpm bench`; `pnpm bench <section> …` measures those sections again and keeps the others as they were.',
    '',
    ...results.notes.map(note => `- ${note}`),
    ...order.filter(name => sections.has(name)).flatMap(name => ['', ...sections.get(name) ?? []]),
    '',
  ]
  fs.writeFileSync(file, lines.join('\n'))
}
