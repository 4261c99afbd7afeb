import type { Component, ComponentOptions, PropType } from 'vue'
import type { CompilerOptions } from 'vue/compiler-sfc'
import { createRequire } from 'node:module'
import { createSSRApp, defineComponent, h } from 'vue'
import { compileTemplate } from 'vue/compiler-sfc'
import { renderToString } from 'vue/server-renderer'
import SiteIcon from '../../web/app/components/site/SiteIcon'
import type { IconName } from '../../web/app/utils/icons'
import { iconFrame, ICONS } from '../../web/app/utils/icons'
import { inlineSiteIcons } from '../../web/modules/site-icons/inline-site-icons'

/** Icons on the tree each render draws, about what an article page draws. */
export const ICON_COUNT = 60

type SsrRender = NonNullable<ComponentOptions['ssrRender']>

const requireFromBench = createRequire(import.meta.url)

/**
 * Compiles a template for the server as the site's build does (compiler-sfc, SSR, optimised string
 * output), in function mode so that it runs here without a bundler.
 */
function compileForServer(source: string, compilerOptions: CompilerOptions = {}): SsrRender {
  const { code, errors } = compileTemplate({
    source,
    filename: 'icon-render.vue',
    id: 'icon-render',
    ssr: true,
    ssrCssVars: [],
    compilerOptions: { ...compilerOptions, mode: 'function' },
  })
  if (errors.length > 0)
    throw new Error(`The benchmark's template does not compile: ${errors.join('; ')}`)
  return new Function('require', code)(requireFromBench)
}

/** SiteIcon as a stateful component: an instance with reactive props and a render function. */
const StatefulIcon = defineComponent({
  props: { name: { type: String as PropType<IconName>, required: true }, size: { type: Number, required: true } },
  setup: props => () => h('svg', { ...iconFrame(props.size), innerHTML: ICONS[props.name] }),
})

const NAMES: IconName[] = ['ArrowRight', 'ArrowLeft', 'Check', 'Mail', 'Phone', 'MapPin', 'ChevronDown', 'Search', 'Menu', 'X']
const SIZES = [18, 20, 22]
const PLACES = Array.from({ length: ICON_COUNT }, (_, index) => ({
  name: NAMES[index % NAMES.length],
  size: SIZES[index % SIZES.length],
}))

/** A list with an icon beside each item's words, the names and sizes written out as on the site. */
function tree(icon: (place: { name: IconName, size: number }) => string): string {
  return `<ul>${PLACES.map(place => `<li>${icon(place)} Item</li>`).join('')}</ul>`
}

const siteIconTree = tree(({ name, size }) => `<SiteIcon name="${name}" :size="${size}" />`)

export interface Way {
  label: string
  ssrRender: SsrRender
  components: Record<string, Component>
}

/** The ways to draw the tree's icons; the first, hand-written markup, is what the others are compared with. */
export const WAYS: Way[] = [
  {
    label: 'inline <svg v-html> markup',
    ssrRender: compileForServer(tree(({ name, size }) =>
      `<svg class="icon" viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true" v-html="ICONS.${name}" />`)),
    components: {},
  },
  {
    label: '<SiteIcon>, written out when compiled (the site)',
    ssrRender: compileForServer(siteIconTree, { nodeTransforms: [inlineSiteIcons] }),
    components: {},
  },
  {
    label: '<SiteIcon> as a functional component',
    ssrRender: compileForServer(siteIconTree),
    components: { SiteIcon },
  },
  {
    label: 'stateful component',
    ssrRender: compileForServer(siteIconTree),
    components: { SiteIcon: StatefulIcon },
  },
]

/** One server render of the tree, in a new app as each request gets. */
export function render(way: Way): Promise<string> {
  return renderToString(createSSRApp({ ssrRender: way.ssrRender, components: way.components, setup: () => ({ ICONS }) }))
}

/** Milliseconds per render over `renders` renders in a row. */
export async function timeRenders(way: Way, renders: number): Promise<number> {
  const start = performance.now()
  for (let index = 0; index < renders; index++)
    await render(way)
  return (performance.now() - start) / renders
}
