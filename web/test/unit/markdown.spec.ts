import type { MDCNode, MDCRoot } from '@nuxtjs/mdc'
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../../server/markup/markdown'

function elements(root: MDCRoot): Array<{ tag: string, props: Record<string, unknown> }> {
  const found: Array<{ tag: string, props: Record<string, unknown> }> = []
  const walk = (node: MDCNode | MDCRoot) => {
    if (node.type === 'element')
      found.push({ tag: node.tag, props: node.props ?? {} })
    if ('children' in node)
      node.children?.forEach(walk)
  }
  walk(root)
  return found
}

function text(root: MDCRoot): string {
  const parts: string[] = []
  const walk = (node: MDCNode | MDCRoot) => {
    if (node.type === 'text')
      parts.push(node.value)
    if ('children' in node)
      node.children?.forEach(walk)
  }
  walk(root)
  return parts.join('')
}

const DANGEROUS_TAGS = ['script', 'iframe', 'object', 'embed', 'style', 'form', 'input', 'button', 'link', 'meta', 'base', 'svg', 'math', 'frame', 'frameset', 'template']

async function expectSafe(markdown: string) {
  const tree = await renderMarkdown(markdown)
  for (const { tag, props } of elements(tree)) {
    expect(DANGEROUS_TAGS, `<${tag}> in ${markdown}`).not.toContain(tag)
    for (const [name, value] of Object.entries(props)) {
      expect(name.toLowerCase(), `${name} on <${tag}>`).not.toMatch(/^on|^style$|^srcdoc$|^formaction$/)
      if (typeof value === 'string')
        expect(value.replace(/\s/g, '').toLowerCase(), `${name}=${value}`).not.toMatch(/^(?:javascript|vbscript|data):/)
    }
  }
  return tree
}

describe('renderMarkdown', () => {
  it('renders ordinary markdown into headings, emphasis, lists and links', async () => {
    const tree = await renderMarkdown('## What you get\n\nA **fast** site with [a link](/services).\n\n- one\n- two\n')
    const tags = elements(tree).map(element => element.tag)
    expect(tags).toEqual(['h2', 'p', 'strong', 'a', 'ul', 'li', 'li'])
    expect(elements(tree)[0]?.props.id).toBe('what-you-get')
    expect(text(tree)).toContain('A fast site with a link.')
  })

  it.each([
    '<script>alert(1)</script>',
    '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
    '<img src=x onerror="alert(1)">',
    '<img src="javascript:alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href=" JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '[x](javascript:alert(1))',
    '[x](JAVASCRIPT:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![x](javascript:alert(1))',
    '<iframe src="https://evil.example"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="evil.swf"></object><embed src="evil.swf">',
    '<svg onload="alert(1)"><script>alert(1)</script></svg>',
    '<math><mtext><script>alert(1)</script></mtext></math>',
    '<div style="background:url(javascript:alert(1))" onclick="alert(1)">x</div>',
    '<form action="https://evil.example"><button formaction="javascript:alert(1)">go</button></form>',
    '<details open ontoggle="alert(1)"><summary>x</summary></details>',
    '<a href="#" onmouseover="alert(1)">hover</a>',
    '<base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<style>body{display:none}</style>',
    '<template><script>alert(1)</script></template>',
    ':button{onclick="alert(1)"}',
    '[x]{onclick="alert(1)"}',
    '<p><a href="vbscript:msgbox(1)">vb</a></p>',
    '<input name="card" autofocus onfocus="alert(1)">',
    '- [ ] a task list item',
  ])('neutralises %s', async (markdown) => {
    await expectSafe(markdown)
  })

  it('keeps the text of stripped elements harmlessly and drops script bodies', async () => {
    const tree = await expectSafe('Before <script>alert("x")</script> after <div onclick="x()">kept text</div>')
    expect(text(tree)).not.toContain('alert')
    expect(text(tree)).toContain('kept text')
  })

  it('marks external links noopener noreferrer and leaves internal links alone', async () => {
    const tree = await renderMarkdown('[out](https://example.org/page) and [in](/about) and <a href="http://example.net" rel="opener">raw</a>')
    const links = elements(tree).filter(element => element.tag === 'a')
    expect(links[0]?.props).toMatchObject({ href: 'https://example.org/page', rel: ['noopener', 'noreferrer'] })
    expect(links[1]?.props.href).toBe('/about')
    expect(links[1]?.props.rel).toBeUndefined()
    expect(links[2]?.props).toMatchObject({ href: 'http://example.net', rel: ['noopener', 'noreferrer'] })
  })

  it('drops ids that could clobber page globals', async () => {
    const tree = await expectSafe('<p id="__nuxt" name="location">x</p>')
    for (const { props } of elements(tree)) {
      expect(props.id).toBeUndefined()
      expect(props.name).toBeUndefined()
    }
  })
})
