import { describe, expect, it } from 'vitest'
import { knownSections } from '../../server/pages/page-sections'

const hero = { __component: 'blocks.hero', id: 1, heading: 'We build websites', compact: false }
const faq = { __component: 'blocks.faq', id: 2, heading: 'Questions', items: [{ question: 'How long?', answer: 'Six weeks.' }] }

function read(sections: Array<{ __component: string } & Record<string, unknown>>) {
  const lines: string[] = []
  return { blocks: knownSections({ slug: 'pricing', sections }, line => lines.push(line)), lines }
}

describe('knownSections', () => {
  it('keeps every block it knows, in the editor\'s order, without a word in the log', () => {
    const { blocks, lines } = read([faq, hero])
    expect(blocks.map(block => block.__component)).toEqual(['blocks.faq', 'blocks.hero'])
    expect(lines).toEqual([])
  })

  it('skips a kind of block from a newer CMS with one log line naming the page, the block and why', () => {
    const { blocks, lines } = read([hero, { __component: 'blocks.video', id: 3, url: 'https://example.org' }, faq])
    expect(blocks.map(block => block.__component)).toEqual(['blocks.hero', 'blocks.faq'])
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/page "pricing".*block 2 \(blocks\.video\)/)
    expect(lines[0]).toContain('__component')
  })

  it('skips a malformed block, saying which field is wrong, and keeps the rest of the page', () => {
    const { blocks, lines } = read([{ ...hero, heading: '' }, faq])
    expect(blocks.map(block => block.__component)).toEqual(['blocks.faq'])
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/page "pricing".*block 1 \(blocks\.hero\).*heading/)
    expect(lines[0]).not.toContain('\n')
  })
})
