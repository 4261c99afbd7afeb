import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../../server/markup/markdown'
import { headingsFrom } from '../../server/pages/markdown-headings'

const tags = (node: { tag?: string, children?: unknown[] }): string[] =>
  [...(node.tag ? [node.tag] : []), ...(node.children ?? []).flatMap(child => tags(child as typeof node))]

describe('headingsFrom', () => {
  it('lowers a block\'s markdown headings below the block\'s own, so no editor writes a second h1', async () => {
    const tree = headingsFrom(await renderMarkdown('# Title\n\n## Part\n\n#### Detail\n\nText'), 3)
    expect(tags(tree).filter(tag => /^h\d$/.test(tag))).toEqual(['h3', 'h3', 'h4'])
  })
})
