import type { MDCNode, MDCRoot } from '@nuxtjs/mdc'

const HEADING = /^h([1-6])$/

function startingAt(node: MDCNode, top: number): MDCNode {
  if (node.type !== 'element')
    return node
  const level = Number(HEADING.exec(node.tag)?.[1] ?? top)
  return { ...node, tag: level < top ? `h${top}` : node.tag, children: node.children.map(child => startingAt(child, top)) }
}

/**
 * Markdown inside a block sits under the block's own heading: its headings are lowered to start at
 * `top`, so an editor's `# Title` in a block can never be a second h1 or skip the page's outline.
 */
export function headingsFrom(root: MDCRoot, top: 2 | 3 | 4): MDCRoot {
  return { ...root, children: root.children.map(child => startingAt(child, top)) }
}
