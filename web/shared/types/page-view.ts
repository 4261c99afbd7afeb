import type { MDCRoot } from '@nuxtjs/mdc'
import type { Article, CaseStudy, PageBlock, PageBlockName, PageDocument, Service } from '@agency/shared'

type BlockOf<Name extends PageBlockName> = Extract<PageBlock, { __component: Name }>

/** Blocks that are shown as the CMS sends them. */
type PlainBlockName = Exclude<PageBlockName, 'blocks.rich-text' | 'blocks.image-text' | 'blocks.faq' | 'blocks.services-grid' | 'blocks.latest-articles' | 'blocks.selected-work'>

/**
 * A page's block as the site renders it: markdown rendered and sanitised on the server, and the
 * services, articles and case studies a block shows read in full (a card needs more than the block's summary).
 */
export type BlockView
  = | BlockOf<PlainBlockName>
    | BlockOf<'blocks.rich-text'> & { bodyTree: MDCRoot }
    | BlockOf<'blocks.image-text'> & { bodyTree: MDCRoot }
    | Omit<BlockOf<'blocks.faq'>, 'items'> & { items: Array<BlockOf<'blocks.faq'>['items'][number] & { answerTree: MDCRoot, answerText: string }> }
    | BlockOf<'blocks.services-grid'> & { items: Service[] }
    | BlockOf<'blocks.latest-articles'> & { articles: Article[] }
    | BlockOf<'blocks.selected-work'> & { items: CaseStudy[] }

export type BlockViewOf<Name extends PageBlockName> = Extract<BlockView, { __component: Name }>

/** A page editors built from blocks, with the blocks this version of the site knows, ready to render. */
export type PageView = Omit<PageDocument, 'sections'> & { sections: BlockView[] }
