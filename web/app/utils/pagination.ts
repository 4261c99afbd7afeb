export type PageLink
  = | { kind: 'page', page: number, current: boolean }
    | { kind: 'gap', key: string }

/**
 * The page numbers to show around the current page: always the first and last, `radius` pages either
 * side of the current one, and a gap where numbers are skipped (a gap never hides a single page).
 */
export function pageWindow(current: number, pageCount: number, radius = 1): PageLink[] {
  const shown = new Set<number>([1, pageCount])
  for (let page = current - radius; page <= current + radius; page++)
    shown.add(page)
  const pages = [...shown].filter(page => page >= 1 && page <= pageCount).sort((a, b) => a - b)

  const links: PageLink[] = []
  let previous = 0
  for (const page of pages) {
    if (page - previous === 2)
      links.push({ kind: 'page', page: page - 1, current: false })
    else if (page - previous > 2)
      links.push({ kind: 'gap', key: `gap-${previous}` })
    links.push({ kind: 'page', page, current: page === current })
    previous = page
  }
  return links
}

/**
 * Reads the `page` query parameter: 1 when absent, the number when it is a plain positive integer,
 * null for anything else (which the page answers with a 404 rather than guessing).
 */
export function parsePageParam(value: unknown): number | null {
  if (value === undefined || value === null)
    return 1
  if (typeof value !== 'string' || !/^[1-9]\d{0,4}$/.test(value))
    return null
  return Number(value)
}
