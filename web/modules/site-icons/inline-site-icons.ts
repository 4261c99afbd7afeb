import type { AttributeNode, DirectiveNode, ElementNode, NodeTransform, PlainElementNode, SimpleExpressionNode, SourceLocation, TemplateChildNode } from '@vue/compiler-core'
import { createSimpleExpression, ElementTypes, findProp, Namespaces, NodeTypes } from '@vue/compiler-core'
import type { IconName } from '../../app/utils/icons'
import { iconFrame, ICONS } from '../../app/utils/icons'

/*
 * Writes each `<SiteIcon name size />` in a template out, as the template is compiled, as the `<svg>`
 * that components/site/SiteIcon.ts draws. On the server every component, a functional one included,
 * costs a component instance per render (`renderComponentVNode` in @vue/server-renderer), and an
 * article page draws about sixty icons; written out, an icon costs what hand-written markup costs
 * (bench/icon-render.ts measures both).
 *
 * Relies on Vue's compiler handing the template's root to `nodeTransforms` before any element, so the
 * icons are rewritten before Vue's own transforms see them, and on Nuxt auto-importing `ICONS` into
 * templates, as it did for the hand-written markup. test/unit/site-icon.spec.ts checks the first,
 * test/nuxt/site-icon.spec.ts the second. Remove when Vue's server renderer draws a functional
 * component without an instance: SiteIcon alone then costs no more.
 */

const TAGS = new Set(['SiteIcon', 'site-icon'])

/** A prop as written: its text when static, else the expression bound to it. */
type Written = string | SimpleExpressionNode

function written(icon: ElementNode, prop: 'name' | 'size'): { node: AttributeNode | DirectiveNode, value: Written } {
  const node = findProp(icon, prop)
  if (node?.type === NodeTypes.ATTRIBUTE && node.value)
    return { node, value: node.value.content }
  if (node?.type === NodeTypes.DIRECTIVE && node.exp?.type === NodeTypes.SIMPLE_EXPRESSION) {
    const content = node.exp.content.trim()
    // `:size="18"` is as static as the `width="18"` it stands for.
    return { node, value: /^\d+$/.test(content) ? content : node.exp }
  }
  throw new SyntaxError(`<SiteIcon> without a ${prop} at ${location(icon.loc)}`)
}

function location(loc: SourceLocation): string {
  return `line ${loc.start.line}, column ${loc.start.column}`
}

function isIconName(name: string): name is IconName {
  return Object.hasOwn(ICONS, name)
}

function attribute(name: string, value: string, loc: SourceLocation): AttributeNode {
  return { type: NodeTypes.ATTRIBUTE, name, nameLoc: loc, value: { type: NodeTypes.TEXT, content: value, loc }, loc }
}

function directive(name: 'bind' | 'html', arg: string | undefined, expression: string, loc: SourceLocation): DirectiveNode {
  return {
    type: NodeTypes.DIRECTIVE,
    name,
    exp: createSimpleExpression(expression, false, loc),
    arg: arg === undefined ? undefined : createSimpleExpression(arg, true, loc),
    modifiers: [],
    loc,
  }
}

/** The shapes of the icon, a constant lookup when the name is written out. */
function markup(name: Written, loc: SourceLocation): string {
  if (typeof name !== 'string')
    return `ICONS[${name.content}]`
  if (!isIconName(name))
    throw new SyntaxError(`<SiteIcon> draws no icon named "${name}" at ${location(loc)}`)
  return `ICONS.${name}`
}

function svg(icon: ElementNode): PlainElementNode {
  const name = written(icon, 'name')
  const size = written(icon, 'size')
  const staticClass = icon.props.find((prop): prop is AttributeNode => prop.type === NodeTypes.ATTRIBUTE && prop.name === 'class')
  const extraClass = staticClass?.value ? ` ${staticClass.value.content}` : ''
  const frame = Object.entries(iconFrame(size.value)).map(([attr, value]) => {
    if (typeof value !== 'string')
      return directive('bind', attr, value.content, value.loc)
    return attribute(attr, attr === 'class' ? `${value}${extraClass}` : value, icon.loc)
  })
  const others = icon.props.filter(prop => prop !== name.node && prop !== size.node && prop !== staticClass)
  return {
    type: NodeTypes.ELEMENT,
    tag: 'svg',
    tagType: ElementTypes.ELEMENT,
    ns: Namespaces.SVG,
    props: [...frame, ...others, directive('html', undefined, markup(name.value, icon.loc), icon.loc)],
    children: icon.children,
    isSelfClosing: icon.isSelfClosing,
    loc: icon.loc,
    codegenNode: undefined,
  }
}

function inline(children: TemplateChildNode[]): void {
  children.forEach((child, index) => {
    if (child.type !== NodeTypes.ELEMENT)
      return
    inline(child.children)
    if (TAGS.has(child.tag))
      children[index] = svg(child)
  })
}

export const inlineSiteIcons: NodeTransform = (node) => {
  if (node.type === NodeTypes.ROOT)
    inline(node.children)
}
