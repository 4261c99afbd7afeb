import { compile, createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { describe, expect, it } from 'vitest'
import SiteIcon from '../../app/components/site/SiteIcon'
import { ICONS } from '../../app/utils/icons'
import { inlineSiteIcons } from '../../modules/site-icons/inline-site-icons'

const DATA = { name: 'Menu', size: 22, open: true }

/** Renders a template as the site compiles it, with icons written out and no SiteIcon registered. */
function renderInlined(template: string): Promise<string> {
  const render = compile(template, { nodeTransforms: [inlineSiteIcons] })
  return renderToString(createSSRApp({ render, setup: () => ({ ICONS, ...DATA }) }))
}

/** Renders a template with SiteIcon as a component. */
function renderWithComponent(template: string): Promise<string> {
  return renderToString(createSSRApp({ render: compile(template), components: { SiteIcon }, setup: () => DATA }))
}

describe('<SiteIcon> in a template', () => {
  it('is written out as the svg the component draws', async () => {
    const html = await renderInlined('<SiteIcon name="ArrowRight" :size="20" />')
    expect(html).toBe(`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">${ICONS.ArrowRight}</svg>`)
    expect(html).toBe(await renderWithComponent('<SiteIcon name="ArrowRight" :size="20" />'))
  })

  it('keeps classes, attributes and directives as the component does', async () => {
    for (const template of [
      '<SiteIcon class="header__chevron" name="ChevronDown" :size="18" />',
      '<site-icon :name="name" :size="size" :class="{ open }" data-state="idle" />',
      '<p><SiteIcon v-if="open" name="X" :size="24" /><SiteIcon v-else name="Menu" :size="24" /> Menu</p>',
      '<ul><li v-for="icon in [\'Mail\', \'Phone\']" :key="icon"><SiteIcon :name="icon" size="18" /></li></ul>',
    ])
      expect(await renderInlined(template), template).toBe(await renderWithComponent(template))
  })

  it('rejects a name no icon has when the template compiles', () => {
    expect(() => compile('<SiteIcon name="ArowRight" :size="20" />', { nodeTransforms: [inlineSiteIcons] })).toThrow('no icon named "ArowRight"')
  })

  it('needs a size', () => {
    expect(() => compile('<SiteIcon name="ArrowRight" />', { nodeTransforms: [inlineSiteIcons] })).toThrow('without a size')
  })
})
