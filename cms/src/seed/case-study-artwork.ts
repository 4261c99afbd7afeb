/*
 * The seeded case studies' pictures, drawn in code: mock-ups of each fictional client's new website
 * (a desktop browser, a phone) and a board of its brand, as SVG that the seed rasterises with sharp.
 * Words are drawn as bars, as in a wireframe, so the pictures look the same whatever fonts a machine has.
 */

/** A client's colours: the page behind the mock-up, the brand's two colours, its text and its paper. */
export interface ArtworkPalette {
  backdrop: string
  primary: string
  secondary: string
  ink: string
  paper: string
}

/** What the client's hero picture shows, drawn inside a box of the given size at the origin. */
export type Motif = 'loaves' | 'movement' | 'gables'

export interface ArtworkSubject {
  palette: ArtworkPalette
  motif: Motif
}

export const ARTWORK_SIZE = { width: 1600, height: 1000 } as const

const round = (value: number) => Math.round(value * 10) / 10

/** Lines of text as rounded bars, `widths` as fractions of `width`. */
function textBars(x: number, y: number, width: number, widths: number[], color: string, height = 14, gap = 26): string {
  return widths.map((fraction, index) => `<rect x="${x}" y="${y + index * gap}" width="${round(width * fraction)}" height="${height}" rx="${height / 2}" fill="${color}"/>`).join('')
}

function motif(kind: Motif, width: number, height: number, { primary, secondary, paper }: ArtworkPalette): string {
  switch (kind) {
    case 'loaves': {
      // Three loaves on a board, scored on top, with steam rising.
      const loaves = [0.25, 0.5, 0.75].map((at, index) => {
        const cx = width * at
        const cy = height * 0.62
        const rx = width * (index === 1 ? 0.15 : 0.12)
        const ry = height * (index === 1 ? 0.2 : 0.16)
        const scores = [-0.4, 0, 0.4].map(offset => `<path d="M${round(cx + rx * offset - rx * 0.12)} ${round(cy - ry * 0.55)} q${round(rx * 0.12)} ${round(ry * 0.25)} ${round(rx * 0.24)} ${round(ry * 0.5)}" stroke="${paper}" stroke-width="6" stroke-linecap="round" fill="none" opacity="0.8"/>`).join('')
        return `<ellipse cx="${round(cx)}" cy="${round(cy)}" rx="${round(rx)}" ry="${round(ry)}" fill="${index === 1 ? primary : secondary}"/>${scores}`
      }).join('')
      const steam = [0.42, 0.5, 0.58].map(at => `<path d="M${round(width * at)} ${round(height * 0.34)} c-18 -30 18 -50 0 -84" stroke="${secondary}" stroke-width="7" stroke-linecap="round" fill="none" opacity="0.55"/>`).join('')
      return `<rect x="${round(width * 0.06)}" y="${round(height * 0.8)}" width="${round(width * 0.88)}" height="${round(height * 0.07)}" rx="10" fill="${secondary}" opacity="0.45"/>${loaves}${steam}`
    }
    case 'movement': {
      // A figure stretching, drawn as joints and limbs, with the arcs of its movement behind it.
      const cx = width * 0.5
      const arcs = [0.42, 0.32, 0.22].map((radius, index) => `<circle cx="${round(cx)}" cy="${round(height * 0.62)}" r="${round(height * radius)}" fill="none" stroke="${index === 0 ? secondary : primary}" stroke-width="${10 - index * 2}" stroke-dasharray="${index === 1 ? '2 18' : 'none'}" stroke-linecap="round" opacity="${0.35 + index * 0.15}"/>`).join('')
      const joint = (x: number, y: number, r = 14) => `<circle cx="${round(x)}" cy="${round(y)}" r="${r}" fill="${paper}" stroke="${primary}" stroke-width="6"/>`
      const limb = (x1: number, y1: number, x2: number, y2: number) => `<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" stroke="${primary}" stroke-width="22" stroke-linecap="round"/>`
      const head = { x: cx + 30, y: height * 0.22 }
      const hip = { x: cx, y: height * 0.62 }
      const shoulder = { x: cx + 18, y: height * 0.36 }
      return [
        arcs,
        limb(shoulder.x, shoulder.y, hip.x, hip.y),
        limb(shoulder.x, shoulder.y, cx + 150, height * 0.16),
        limb(shoulder.x, shoulder.y, cx - 120, height * 0.44),
        limb(hip.x, hip.y, cx + 110, height * 0.9),
        limb(hip.x, hip.y, cx - 100, height * 0.88),
        `<circle cx="${round(head.x)}" cy="${round(head.y)}" r="34" fill="${secondary}"/>`,
        joint(shoulder.x, shoulder.y),
        joint(hip.x, hip.y),
        joint(cx + 150, height * 0.16, 10),
      ].join('')
    }
    case 'gables': {
      // A row of houses of different heights, one with its frame showing, on a ground line.
      const ground = height * 0.86
      const houses = [
        { x: 0.08, w: 0.22, h: 0.42, color: secondary, frame: false },
        { x: 0.34, w: 0.3, h: 0.6, color: primary, frame: false },
        { x: 0.68, w: 0.24, h: 0.48, color: secondary, frame: true },
      ].map(({ x, w, h, color, frame }) => {
        const left = width * x
        const right = left + width * w
        const wall = ground - height * h * 0.6
        const peak = ground - height * h
        const outline = `M${round(left)} ${round(ground)} V${round(wall)} L${round((left + right) / 2)} ${round(peak)} L${round(right)} ${round(wall)} V${round(ground)} Z`
        if (frame) {
          const studs = [0.25, 0.5, 0.75].map(at => `<line x1="${round(left + (right - left) * at)}" y1="${round(wall)}" x2="${round(left + (right - left) * at)}" y2="${round(ground)}" stroke="${color}" stroke-width="6"/>`).join('')
          return `<path d="${outline}" fill="none" stroke="${color}" stroke-width="10" stroke-linejoin="round"/>${studs}`
        }
        const door = `<rect x="${round((left + right) / 2 - 26)}" y="${round(ground - 92)}" width="52" height="92" rx="6" fill="${paper}"/>`
        const windows = [0.22, 0.78].map(at => `<rect x="${round(left + (right - left) * at - 24)}" y="${round(wall + 34)}" width="48" height="48" rx="4" fill="${paper}" opacity="0.9"/>`).join('')
        return `<path d="${outline}" fill="${color}"/>${door}${windows}`
      }).join('')
      return `${houses}<rect x="0" y="${round(ground)}" width="${width}" height="8" rx="4" fill="${primary}"/>`
    }
  }
}

/** The window of a desktop browser at (x, y), its page: a header, a hero with the motif, and three cards. */
function browserWindow(x: number, y: number, width: number, height: number, { palette, motif: kind }: ArtworkSubject): string {
  const { primary, secondary, ink, paper } = palette
  const bar = 56
  const inner = { x: x + 48, width: width - 96 }
  const heroY = y + bar + 72
  const heroHeight = height * 0.5
  const textWidth = inner.width * 0.44
  const cardsY = heroY + heroHeight + 36
  const cardWidth = (inner.width - 2 * 28) / 3
  const cards = [0, 1, 2].map((index) => {
    const cardX = inner.x + index * (cardWidth + 28)
    return `<rect x="${round(cardX)}" y="${round(cardsY)}" width="${round(cardWidth)}" height="${round(y + height - cardsY - 40)}" rx="14" fill="${index === 1 ? secondary : primary}" opacity="${index === 1 ? 0.28 : 0.12}"/>${textBars(cardX + 24, cardsY + 28, cardWidth - 48, [0.7, 0.9, 0.5], ink, 12, 24).replace(/fill="/g, 'opacity="0.55" fill="')}`
  }).join('')
  return [
    `<g filter="url(#shadow)"><rect x="${x}" y="${y}" width="${width}" height="${height}" rx="22" fill="${paper}"/></g>`,
    `<path d="M${x} ${y + 22} a22 22 0 0 1 22 -22 h${width - 44} a22 22 0 0 1 22 22 v${bar - 22} h-${width} z" fill="${ink}" opacity="0.08"/>`,
    ...[0, 1, 2].map(index => `<circle cx="${x + 32 + index * 26}" cy="${y + bar / 2}" r="8" fill="${ink}" opacity="${0.25 + index * 0.1}"/>`),
    `<rect x="${x + 140}" y="${y + 16}" width="${round(width * 0.46)}" height="24" rx="12" fill="${paper}"/>`,
    // The site's own header: a logo mark, menu items and a button.
    `<circle cx="${inner.x + 14}" cy="${y + bar + 34}" r="14" fill="${primary}"/>`,
    textBars(inner.x + 40, y + bar + 28, 140, [1], ink, 12),
    ...[0, 1, 2].map(index => textBars(inner.x + inner.width - 430 + index * 96, y + bar + 28, 72, [1], ink, 12).replace('fill="', 'opacity="0.5" fill="')),
    `<rect x="${inner.x + inner.width - 130}" y="${y + bar + 16}" width="130" height="36" rx="18" fill="${primary}"/>`,
    // The hero: a headline, a lead, a button, and the client's picture.
    `<rect x="${inner.x}" y="${heroY}" width="${inner.width}" height="${round(heroHeight)}" rx="18" fill="${secondary}" opacity="0.16"/>`,
    textBars(inner.x + 40, heroY + 56, textWidth, [0.95, 0.8], ink, 30, 48),
    textBars(inner.x + 40, heroY + 176, textWidth, [0.9, 0.85, 0.6], ink, 12, 26).replace(/fill="/g, 'opacity="0.55" fill="'),
    `<rect x="${inner.x + 40}" y="${round(heroY + heroHeight - 86)}" width="190" height="48" rx="24" fill="${primary}"/>`,
    `<g transform="translate(${round(inner.x + inner.width * 0.5)} ${heroY + 24})">${motif(kind, inner.width * 0.46, heroHeight - 48, palette)}</g>`,
    cards,
  ].join('')
}

/** The phone's screen: the same site, narrow, with the motif above a menu and two buttons. */
function phone(x: number, y: number, width: number, height: number, { palette, motif: kind }: ArtworkSubject): string {
  const { primary, secondary, ink, paper } = palette
  const screen = { x: x + 18, y: y + 18, width: width - 36, height: height - 36 }
  const pad = 26
  return [
    `<g filter="url(#shadow)"><rect x="${x}" y="${y}" width="${width}" height="${height}" rx="56" fill="${ink}"/></g>`,
    `<rect x="${screen.x}" y="${screen.y}" width="${screen.width}" height="${screen.height}" rx="40" fill="${paper}"/>`,
    `<rect x="${x + width / 2 - 50}" y="${screen.y + 14}" width="100" height="26" rx="13" fill="${ink}"/>`,
    `<circle cx="${screen.x + pad + 12}" cy="${screen.y + 84}" r="12" fill="${primary}"/>`,
    ...[0, 1, 2].map(index => `<rect x="${screen.x + screen.width - pad - 34}" y="${screen.y + 74 + index * 9}" width="34" height="4" rx="2" fill="${ink}"/>`),
    `<rect x="${screen.x + pad}" y="${screen.y + 124}" width="${screen.width - 2 * pad}" height="${round(screen.height * 0.34)}" rx="16" fill="${secondary}" opacity="0.18"/>`,
    `<g transform="translate(${screen.x + pad + 16} ${screen.y + 134})">${motif(kind, screen.width - 2 * pad - 32, screen.height * 0.34 - 20, palette)}</g>`,
    textBars(screen.x + pad, round(screen.y + 160 + screen.height * 0.34), screen.width - 2 * pad, [0.9, 0.7], ink, 22, 36),
    textBars(screen.x + pad, round(screen.y + 250 + screen.height * 0.34), screen.width - 2 * pad, [1, 0.95, 0.6], ink, 10, 22).replace(/fill="/g, 'opacity="0.55" fill="'),
    `<rect x="${screen.x + pad}" y="${round(screen.y + screen.height - 150)}" width="${screen.width - 2 * pad}" height="52" rx="26" fill="${primary}"/>`,
    `<rect x="${screen.x + pad}" y="${round(screen.y + screen.height - 84)}" width="${screen.width - 2 * pad}" height="52" rx="26" fill="none" stroke="${primary}" stroke-width="4"/>`,
  ].join('')
}

function svg(body: string, backdrop: string): string {
  const { width, height } = ARTWORK_SIZE
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
    + `<defs><filter id="shadow" filterUnits="userSpaceOnUse" x="0" y="0" width="${width}" height="${height}"><feDropShadow dx="0" dy="24" stdDeviation="28" flood-color="#17140f" flood-opacity="0.22"/></filter></defs>`
    + `<rect width="${width}" height="${height}" fill="${backdrop}"/>${body}</svg>`
}

/** The cover: the new home page in a desktop browser, with the phone beside it. */
export function coverArtwork(subject: ArtworkSubject): string {
  const { backdrop, primary } = subject.palette
  const decoration = `<circle cx="1460" cy="120" r="220" fill="${primary}" opacity="0.14"/><circle cx="120" cy="930" r="160" fill="${primary}" opacity="0.1"/>`
  return svg(`${decoration}${browserWindow(110, 110, 1120, 780, subject)}${phone(1150, 250, 330, 680, subject)}`, backdrop)
}

/** The site on phones: three screens side by side, as visitors mostly see it. */
export function mobileArtwork(subject: ArtworkSubject): string {
  const { palette } = subject
  const screens = [0, 1, 2].map(index => phone(190 + index * 430, index === 1 ? 90 : 150, 360, 760, subject)).join('')
  return svg(`<rect x="0" y="620" width="1600" height="380" fill="${palette.primary}" opacity="0.12"/>${screens}`, palette.backdrop)
}

/** The brand board: the logo mark, the colour swatches and the type scale as bars. */
export function brandArtwork(subject: ArtworkSubject): string {
  const { palette } = subject
  const { primary, secondary, ink, paper, backdrop } = palette
  const swatches = [primary, secondary, ink, paper].map((color, index) => `<g filter="url(#shadow)"><rect x="${820 + index * 170}" y="180" width="140" height="300" rx="20" fill="${color}"/></g>`).join('')
  const scale = [0.9, 0.7, 0.5, 0.35].map((fraction, index) => `<rect x="820" y="${560 + index * 80}" width="${round(650 * fraction)}" height="${44 - index * 9}" rx="${(44 - index * 9) / 2}" fill="${ink}" opacity="${1 - index * 0.15}"/>`).join('')
  const mark = `<g filter="url(#shadow)"><rect x="130" y="150" width="600" height="700" rx="36" fill="${paper}"/></g>`
    + `<circle cx="430" cy="440" r="190" fill="${primary}"/>`
    + `<g transform="translate(290 300)">${motif(subject.motif, 280, 280, { ...palette, primary: paper, secondary, paper: primary })}</g>`
    + textBars(250, 700, 360, [1, 0.6], ink, 26, 56)
  return svg(`${mark}${swatches}${scale}`, backdrop)
}
