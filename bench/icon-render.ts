// Prints what drawing icons costs a server render, four ways, on a tree of as many icons as an article
// page draws:  pnpm --filter @agency/bench icon-render [renders per round, default 2000]
import { ICON_COUNT, render, timeRenders, WAYS } from './lib/icon-render'

// Vue picks its build by NODE_ENV when first loaded, before this line runs; the script entry sets it.
if (process.env.NODE_ENV !== 'production')
  throw new Error('Run with NODE_ENV=production (pnpm --filter @agency/bench icon-render), as the site\'s server runs Vue.')

const RENDERS = Number(process.argv[2] ?? 2000)
const WARM_UP_RENDERS = 500
/** Rounds take turns between the ways, so that a busy moment on the machine does not fall on one alone. */
const ROUNDS = 5

const [firstHtml, ...otherHtml] = await Promise.all(WAYS.map(render))
if (otherHtml.some(html => html !== firstHtml))
  throw new Error('The ways do not render the same HTML; their times would not compare.')

for (const way of WAYS)
  await timeRenders(way, WARM_UP_RENDERS)
const results = WAYS.map(way => ({ way, msPerRender: new Array<number>() }))
for (let round = 0; round < ROUNDS; round++) {
  for (const result of results)
    result.msPerRender.push(await timeRenders(result.way, RENDERS))
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const medians = results.map(({ way, msPerRender }) => ({ way, ms: median(msPerRender) }))
const inline = medians[0]
console.info(`Server render of ${ICON_COUNT} icons, ${RENDERS} renders a round, median of ${ROUNDS} rounds (Node.js ${process.versions.node})`)
console.table(medians.map(({ way, ms }) => ({
  'way': way.label,
  'ms per render': ms.toFixed(3),
  '× inline': (ms / inline.ms).toFixed(1),
  'µs more per icon': ((ms - inline.ms) * 1000 / ICON_COUNT).toFixed(2),
})))
