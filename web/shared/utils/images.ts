/*
 * Every image the site shows from the CMS is made by the image endpoint (server/images) in one of the
 * widths, formats and qualities below, and the image component (components/media/MediaImage.vue) asks only
 * for those. Both read this file, so the pages cannot ask for a size the endpoint refuses, and nobody
 * else can make the server encode a size the pages do not use.
 */

/** Where transformed images are served: @nuxt/image's IPX provider's address. */
export const IMAGE_ROUTE = '/_ipx'

/** Transformed images never change at their address: a new upload has a new file name. */
export const IMAGE_CACHE_CONTROL = 'public, max-age=31536000, immutable'

/** Every width the endpoint makes, in pixels. */
export const IMAGE_WIDTHS = [48, 96, 160, 320, 480, 640, 768, 960, 1280, 1600] as const
export type ImageWidth = typeof IMAGE_WIDTHS[number]

/** Every output format, with the one quality it is encoded at. */
export const IMAGE_QUALITY = { avif: 50, webp: 70, jpeg: 72, png: 80 } as const
export type ImageFormat = keyof typeof IMAGE_QUALITY

/** Formats offered as `<source>`, best first; the `<img>` itself carries the source's own kind. */
export const MODERN_IMAGE_FORMATS = ['avif', 'webp'] as const satisfies readonly ImageFormat[]

export const IMAGE_CONTENT_TYPES: Record<ImageFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
}

/**
 * The places an image takes in the layout: the widths offered for it and the `sizes` that tell the
 * browser how wide it is drawn, matching the CSS of the components that use it.
 */
export const IMAGE_LAYOUTS = {
  /** An article's cover, as wide as the reading column (`--measure`, about 44rem). */
  cover: { widths: [320, 480, 640, 768, 960, 1280], sizes: '(min-width: 48rem) 44rem, calc(100vw - 2.5rem)' },
  /** A card in a grid of at least 20rem columns inside the page width. */
  card: { widths: [320, 480, 640, 768], sizes: '(min-width: 48rem) 24rem, calc(100vw - 2.5rem)' },
  /** Half of a two-column section (hero, image with text), full width on phones. */
  half: { widths: [320, 480, 640, 768, 960, 1280], sizes: '(min-width: 62rem) 36rem, calc(100vw - 2.5rem)' },
  /** A service's cover beside its summary, full width on phones. */
  wide: { widths: [320, 480, 640, 768, 960, 1280, 1600], sizes: '(min-width: 80rem) 76rem, calc(100vw - 2.5rem)' },
  /** A round portrait of 3rem. */
  avatar: { widths: [48, 96], sizes: '3rem' },
  /** A client's logo, at most 3rem high. */
  logo: { widths: [160, 320], sizes: '10rem' },
} as const satisfies Record<string, { widths: readonly ImageWidth[], sizes: string }>
export type ImageLayout = keyof typeof IMAGE_LAYOUTS

/**
 * A file replaced in the media library keeps its address, so image URLs carry the upload's version
 * (`?v=`, from its `updatedAt`): a replaced picture gets new URLs, and immutable caching stays true.
 */
export function imageVersion(updatedAt: string | null | undefined): string | undefined {
  const time = updatedAt ? Date.parse(updatedAt) : Number.NaN
  return Number.isNaN(time) ? undefined : time.toString(36)
}

export const IMAGE_VERSION = /^[0-9a-z]{1,12}$/

/** The only images the endpoint reads: the CMS's uploads, as the site serves them (server/routes/uploads). */
export const UPLOAD_PATH = /^\/uploads\/[\w.-]+$/

/** Kinds of upload the endpoint re-encodes; others (SVG, animated GIF) are shown as they are. */
const TRANSFORMABLE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/tiff'])

export function isTransformable(mime: string | null | undefined, url: string): boolean {
  return !!mime && TRANSFORMABLE.has(mime) && UPLOAD_PATH.test(url)
}

/** The format of the `<img>` itself, for browsers without AVIF and WebP: PNG keeps transparency. */
export function fallbackFormat(mime: string | null | undefined): ImageFormat {
  return mime === 'image/png' ? 'png' : 'jpeg'
}
