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
  'api::testimonial.testimonial': {
    populate: { photo: true },
    images: document => asMedia(document.photo).map(media => ({ where: 'the photo', media })),
  },
}

/**
 * Refuses to publish a page or testimonial whose images have no alternative text, naming the image and
 * where it is, so that screen-reader users are never shown an undescribed picture. Drafts may still be
 * saved half-done.
 */
export function requireImageDescriptions(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const place = PLACES[context.uid as UID.ContentType]
    const documentId = (context.params as { documentId?: string }).documentId
    if (context.action === 'publish' && place && documentId) {
      const draft = await strapi.documents(context.uid as 'api::page.page').findOne({ documentId, status: 'draft', populate: place.populate as never }) as Record<string, unknown> | null
      const undescribed = draft ? place.images(draft).filter(({ media }) => !media.alternativeText?.trim()) : []
      if (undescribed.length > 0) {
        const list = undescribed.map(({ where, media }) => `"${media.name}" in ${where}`).join(', ')
        throw new errors.ValidationError(`Describe every image before publishing: ${list} has no alternative text. Add it in the Media Library (the image's details).`)
      }
    }
    return next()
  })
}
