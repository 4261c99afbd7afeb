import { describe, expect, it } from 'vitest'
import { pageHeadings } from '../../app/utils/page-headings'

const block = (name: string) => ({ __component: `blocks.${name}` })

describe('pageHeadings', () => {
  it('makes an opening hero\'s heading the page\'s one h1, and every other block heading an h2', () => {
    const headings = pageHeadings([block('hero'), block('faq'), block('hero')])
    expect(headings.titleInHeader).toBe(false)
    expect(headings.blocks.map(heading => heading.level)).toEqual(['h1', 'h2', 'h2'])
  })

  it('puts the page\'s title in a header as the h1 when the page opens with another block', () => {
    const headings = pageHeadings([block('rich-text'), block('hero')])
    expect(headings.titleInHeader).toBe(true)
    expect(headings.blocks.map(heading => heading.level)).toEqual(['h2', 'h2'])
  })

  it('gives a page without blocks its title as the h1', () => {
    expect(pageHeadings([])).toEqual({ titleInHeader: true, blocks: [] })
  })

  it('labels each section by a heading id of its own', () => {
    const ids = pageHeadings([block('faq'), block('faq')]).blocks.map(heading => heading.id)
    expect(new Set(ids).size).toBe(2)
  })
})
