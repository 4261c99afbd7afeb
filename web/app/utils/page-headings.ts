/** Where a block's heading sits in the page's outline, and the id its section is labelled by. */
export interface BlockHeading {
  id: string
  level: 'h1' | 'h2'
}

export interface PageHeadings {
  /** The page's title is its h1, in a page header above the blocks. */
  titleInHeader: boolean
  blocks: BlockHeading[]
}

/**
 * One h1 per page whatever the editor stacks: a hero that opens the page carries it; otherwise the
 * page's title does, and every block heading is an h2 (their items h3).
 */
export function pageHeadings(sections: ReadonlyArray<{ __component: string }>): PageHeadings {
  const heroFirst = sections[0]?.__component === 'blocks.hero'
  return {
    titleInHeader: !heroFirst,
    blocks: sections.map((_, index) => ({
      id: `section-${index + 1}-heading`,
      level: heroFirst && index === 0 ? 'h1' : 'h2',
    })),
  }
}
