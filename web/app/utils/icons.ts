import type { IconNode } from 'lucide'
import { AppWindow, ArrowLeft, ArrowRight, Check, ChevronDown, Clock, ExternalLink, LifeBuoy, Mail, MapPin, Megaphone, Menu, Palette, PenTool, Phone, Search, ShieldCheck, Sparkles, TrendingUp, X } from 'lucide'

const LUCIDE = { AppWindow, ArrowLeft, ArrowRight, Check, ChevronDown, Clock, ExternalLink, LifeBuoy, Mail, MapPin, Megaphone, Menu, Palette, PenTool, Phone, Search, ShieldCheck, Sparkles, TrendingUp, X }

export type IconName = keyof typeof LUCIDE

/** An icon's shapes as SVG markup; lucide's attributes are numbers and path data, with nothing to escape. */
function shapes(icon: IconNode): string {
  return icon.map(([tag, attributes]) =>
    `<${tag}${Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`).join('')}/>`).join('')
}

/** The lucide icons the site draws, as the inside of the `<svg>` that `<SiteIcon>` puts around them. */
export const ICONS = Object.fromEntries(Object.entries(LUCIDE).map(([name, icon]) => [name, shapes(icon)])) as Record<IconName, string>

/**
 * The attributes of the `<svg>` around an icon drawn `size` pixels square, in the order pages have
 * always carried them. base.css gives `.icon` lucide's stroke; an icon only illustrates the words
 * beside it, shown or visually hidden, so assistive technology skips it. Generic so that the template
 * compiler can pass the size as an expression (modules/site-icons).
 */
export function iconFrame<Size>(size: Size) {
  return { 'class': 'icon', 'viewBox': '0 0 24 24', 'width': size, 'height': size, 'aria-hidden': 'true' } as const
}
