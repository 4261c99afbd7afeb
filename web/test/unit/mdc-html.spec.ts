import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../../server/markup/markdown'
import { mdcToHtml, mdcToText } from '../../server/markup/mdc-html'

const SITE = 'https://www.kestrel.example'

async function html(markdown: string): Promise<string> {
  return mdcToHtml(await renderMarkdown(markdown), SITE)
}

describe('rendered markdown as HTML for feed readers', () => {
  it('writes paragraphs, emphasis, lists, code and tables', async () => {
    expect(await html('Some **bold** and *italic* text.\n\n- one\n- two\n\n`a < b`\n\n| a | b |\n|---|---|\n| 1 | 2 |'))
      .toBe('<p>Some <strong>bold</strong> and <em>italic</em> text.</p><ul><li>one</li><li>two</li></ul><p><code>a &lt; b</code></p><table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>')
  })

  it('makes links and images absolute, so they work away from the site', async () => {
    expect(await html('[Our services](/services) and ![A chart](/uploads/chart.png "Growth")'))
      .toBe('<p><a href="https://www.kestrel.example/services">Our services</a> and <img src="https://www.kestrel.example/uploads/chart.png" alt="A chart" title="Growth"></p>')
  })

  it('keeps external links with their rel and escapes attribute values', async () => {
    expect(await html('[a "quoted" link](https://example.org/?a=1&b=2)'))
      .toBe('<p><a href="https://example.org/?a=1&amp;b=2" rel="noopener noreferrer">a &quot;quoted&quot; link</a></p>')
  })

  it('carries nothing hostile from the markdown into the feed', async () => {
    const output = await html([
      '<script>alert(1)</script>',
      '<img src="/x.png" onerror="alert(1)">',
      '[click](javascript:alert(1))',
      '<a href="JaVaScRiPt:alert(1)">mixed</a>',
      '<iframe src="https://example.org"></iframe>',
      '<div onclick="alert(1)" style="position:fixed" class="x" id="__nuxt">styled</div>',
    ].join('\n\n'))
    expect(output).not.toMatch(/<script|<iframe|onerror|onclick|style=|class=|id=|javascript:/i)
    expect(output).toContain('<img src="https://www.kestrel.example/x.png">')
    expect(output).toContain('styled')
  })

  it('reads the body as plain text without markup, with blocks kept apart', async () => {
    const tree = await renderMarkdown('# Title\n\nFirst *para*.\n\n<script>hidden()</script>\n\n- item')
    expect(mdcToText(tree)).toBe('Title First para. item')
  })
})
