import type { Core, UID } from '@strapi/strapi'
import { errors } from '@strapi/utils'

interface Media {
  name: string
  alternativeText?: string | null
}

/** Where each publishable type keeps images visitors see, as a populate and a way to list them. */
interface ImagePlaces {
  populate: Record<string, unknown>
  images: (document: Record<string, unknown>) => Array<{ where: string, media: Media }>
}

const asMedia = (value: unknown): Media[] => [value].flat().filter((item): item is Media => typeof item === 'object' && item !== null && 'name' in item)

const BLOCK_IMAGES: Record<string, { label: string, fields: string[] }> = {
  'blocks.hero': { label: 'Hero', fields: ['image'] },
  'blocks.image-text': { label: 'Image with text', fields: ['image'] },
  'blocks.client-logos': { label: 'Client logos', fields: ['logos'] },
}

const PLACES: Partial<Record<UID.ContentType, ImagePlaces>> = {
  'api::page.page': {
    populate: {
      sections: { on: Object.fromEntries(Object.entries(BLOCK_IMAGES).map(([block, { fields }]) => [block, { populate: Object.fromEntries(fields.map(field => [field, true])) }])) },
    },
    images: document => [document.sections].flat().flatMap((section, index) => {
      const block = typeof section === 'object' && section !== null ? section as Record<string, unknown> & { __component?: string } : {}
      const place = BLOCK_IMAGES[block.__component ?? '']
      return place ? place.fields.flatMap(field => asMedia(block[field]).map(media => ({ where: `the ${place.label} block (section ${index + 1})`, media }))) : []
    }),
  },
  'api::service.service': {
    populate: { cover: true },
    images: document => asMedia(document.cover).map(media => ({ where: 'the cover image', media })),
  },
  'api::testimonial.testimonial': {
    populate: { photo: true },
    images: document => asMedia(document.photo).map(media => ({ where: 'the photo', media })),
  },
  'api::case-study.case-study': {
    populate: { cover: true, gallery: true },
    images: document => [
      ...asMedia(document.cover).map(media => ({ where: 'the cover', media })),
      ...asMedia(document.gallery).map((media, index) => ({ where: `the gallery (image ${index + 1})`, media })),
    ],
  },
}

async function refuseUndescribed(strapi: Core.Strapi, uid: UID.ContentType, place: ImagePlaces, documentId: string): Promise<void> {
  const draft = await strapi.documents(uid as 'api::page.page').findOne({ documentId, status: 'draft', populate: place.populate as never }) as Record<string, unknown> | null
  const undescribed = draft ? place.images(draft).filter(({ media }) => !media.alternativeText?.trim()) : []
  if (undescribed.length > 0) {
    const list = undescribed.map(({ where, media }) => `"${media.name}" in ${where}`).join(', ')
    throw new errors.ValidationError(`Describe every image before publishing: ${list} has no alternative text. Add it in the Media Library (the image's details).`)
  }
}

interface WriteParams {
  documentId?: string
  status?: string
  data?: unknown
  [param: string]: unknown
}

/**
 * Refuses to publish a page, service, testimonial or case study whose images have no alternative text, naming the image and
 * where it is, so that screen-reader users are never shown an undescribed picture. Drafts may still be
 * saved half-done.
 */
export function requireImageDescriptions(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const uid = context.uid as UID.ContentType
    const place = PLACES[uid]
    const params = context.params as WriteParams
    if (!place)
      return next()
    if (context.action === 'publish' && params.documentId) {
      await refuseUndescribed(strapi, uid, place, params.documentId)
      return next()
    }
    // A create or update with `status: 'published'` (what the REST API sends) publishes inside Strapi,
    // past these middlewares: the draft is saved here, then published through them.
    if ((context.action === 'create' || context.action === 'update') && params.status === 'published') {
      const { status: _published, data: _data, ...readParams } = params
      context.params = { ...params, status: undefined } as never
      const draft = await next()
      const { documentId } = draft as { documentId: string }
      const published = await strapi.documents(uid as 'api::page.page').publish({ ...readParams, documentId } as never)
      return published.entries[0] ?? draft
    }
    return next()
  })
}
