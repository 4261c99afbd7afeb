import type { IconNode } from 'lucide'
import { AppWindow, ArrowLeft, ArrowRight, Check, ChevronDown, Clock, LifeBuoy, Mail, MapPin, Megaphone, Menu, Palette, PenTool, Phone, Search, ShieldCheck, Sparkles, TrendingUp, X } from 'lucide'

const LUCIDE = { AppWindow, ArrowLeft, ArrowRight, Check, ChevronDown, Clock, LifeBuoy, Mail, MapPin, Megaphone, Menu, Palette, PenTool, Phone, Search, ShieldCheck, Sparkles, TrendingUp, X }

export type IconName = keyof typeof LUCIDE

/** An icon's shapes as SVG markup; lucide's attributes are numbers and path data, with nothing to escape. */
function shapes(icon: IconNode): string {
  return icon.map(([tag, attributes]) =>
    `<${tag}${Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`).join('')}/>`).join('')
}

/**
 * The lucide icons the site draws, as the inside of
 * `<svg class="icon" viewBox="0 0 24 24" width="…" height="…" aria-hidden="true" v-html="ICONS.Name" />`
 * (base.css gives `.icon` lucide's stroke). Drawn once here: an icon component cost a component
 * instance on every render for markup that never changes.
 */
export const ICONS = Object.fromEntries(Object.entries(LUCIDE).map(([name, icon]) => [name, shapes(icon)])) as Record<IconName, string>
