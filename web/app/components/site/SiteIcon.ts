import type { FunctionalComponent } from 'vue'
import { h } from 'vue'
import type { IconName } from '../../utils/icons'
import { ICONS, iconFrame } from '../../utils/icons'

export interface SiteIconProps {
  name: IconName
  /** Width and height in pixels. */
  size: number
}

/**
 * A lucide icon drawn inline; `class` and other attributes go on the `<svg>`. The site's templates never
 * call this function: their compiler writes each `<SiteIcon>` out as this same `<svg>` (modules/site-icons),
 * because on the server even a functional component costs an instance per icon. The component gives
 * `<SiteIcon>` its types, and draws it wherever a template is compiled without that step.
 */
const SiteIcon: FunctionalComponent<SiteIconProps> = ({ name, size }) => h('svg', { ...iconFrame(size), innerHTML: ICONS[name] })

// Declared, so that name and size do not also land on the <svg> as attributes.
SiteIcon.props = ['name', 'size']

export default SiteIcon
