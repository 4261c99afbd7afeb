import type { UID } from '@strapi/strapi'
import type { ResponseShape } from '../utils/response-shape'
import { factories } from '@strapi/strapi'
import type { CountedFind } from './query-engine-reads'
import { COUNTED_FIND, registerShapePopulate } from './query-engine-reads'

type ServiceParams = Record<string, unknown>

/**
 * A content type's core service that reads every entry in the type's response shape. The populate and
 * the default order are added here, after the controller has validated and sanitised the caller's query:
 * they are code, checking them on every request cost more than the read itself, and the output is still
 * sanitised. A collection's `find` marks its reads (COUNTED_FIND), so that the list read counts too.
 */
export function shapedCoreService(uid: UID.ContentType, shape: ResponseShape) {
  registerShapePopulate(shape.populate)
  const shaped = (params: ServiceParams = {}) => ({ ...params, populate: shape.populate, sort: params.sort ?? shape.defaultSort })
  return factories.createCoreService(uid, ({ strapi }) => strapi.contentType(uid).kind === 'singleType'
    ? {
        find(params?: ServiceParams) {
          return super.find(shaped(params))
        },
      }
    : {
        find(params?: ServiceParams) {
          const find: CountedFind = {}
          return super.find({ ...shaped(params), [COUNTED_FIND]: find })
        },
        findOne(documentId: string, params?: ServiceParams) {
          return super.findOne(documentId, shaped(params))
        },
      })
}
