import type { MDCElement, MDCNode, MDCRoot } from '@nuxtjs/mdc'
import { createHash } from 'node:crypto'
import { imageMeta } from 'image-meta'
import { isTransformable, UPLOAD_PATH } from '../../shared/utils/images'
import { renderMarkdown } from './markdown'
import { MEDIA_PATH, mediaSource } from '../cms/media-storage'

/** What ProseImg reads beside `src` and `alt` to draw an upload as every other CMS image. */
export interface ProseImageUpload {
  width: number
  height: number
  mime: string
  /** Changes when the file is replaced at the same address, as an upload's `updatedAt` does elsewhere. */
  version: string
}

/** EXIF orientations 5 to 8 turn the picture a quarter: it is drawn with width and height swapped. */
const QUARTER_TURNED = 5

/** The upload's size as drawn, its kind and a version of its bytes; undefined when it cannot be read or re-encoded. */
async function describeUpload(src: string): Promise<ProseImageUpload | undefined> {
  const response = await fetch(mediaSource(src.slice(MEDIA_PATH.length))).catch(() => undefined)
  if (!response?.ok)
    return undefined
  const mime = response.headers.get('content-type')?.split(';')[0]?.trim() ?? ''
  if (!isTransformable(mime, src))
    return undefined
  const data = new Uint8Array(await response.arrayBuffer())
  try {
    const { width, height, orientation = 1 } = imageMeta(data)
    const turned = orientation >= QUARTER_TURNED
    return {
      width: turned ? height : width,
      height: turned ? width : height,
      mime,
      version: createHash('sha256').update(data).digest('hex').slice(0, 12),
    }
  }
  catch {
    return undefined
  }
}

function uploadImages(node: MDCNode | MDCRoot, found: MDCElement[] = []): MDCElement[] {
  if (node.type === 'element' && node.tag === 'img' && typeof node.props?.src === 'string' && UPLOAD_PATH.test(node.props.src))
    found.push(node)
  if ('children' in node)
    node.children?.forEach(child => uploadImages(child, found))
  return found
}

/**
 * Markdown from the CMS rendered for a page (renderMarkdown). Markdown names an image by its address
 * alone: each upload it shows gets the size, kind and version markdown cannot give, so the page reserves
 * its space and offers it in AVIF and WebP like every other CMS image; one that cannot be read stays a
 * plain image. Feeds and search, which draw no pictures, take renderMarkdown itself.
 */
export async function renderPageMarkdown(markdown: string): Promise<MDCRoot> {
  const tree = await renderMarkdown(markdown)
  await Promise.all(uploadImages(tree).map(async (image) => {
    const upload = await describeUpload(String(image.props?.src))
    if (upload)
      image.props = { ...image.props, ...upload }
  }))
  return tree
}
