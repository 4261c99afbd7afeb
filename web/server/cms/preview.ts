import type { CmsClient } from '@agency/shared'
import type { H3Event } from 'h3'
import { verifyPreviewSession } from '@agency/shared'
import { getCookie, setResponseHeader } from 'h3'
import { PREVIEW_COOKIE } from '../../shared/utils/preview'
import { siteSecret } from '../security/site-secrets'
import { cmsClient } from './clients'
import { toHttpError } from './read'

/** True when the request carries a valid, unexpired preview cookie; checked once per request. */
export function isPreviewRequest(event: H3Event): boolean {
  event.context.preview ??= event.node.req.headers.cookie?.includes(PREVIEW_COOKIE) === true
    && verifyPreviewSession(siteSecret('previewSecret'), getCookie(event, PREVIEW_COOKIE))
  return event.context.preview
}

/** Reads drafts for a preview request: never cached, and the response may not be stored anywhere. */
export async function readDraft<T>(event: H3Event, read: (cms: CmsClient) => Promise<T>): Promise<T> {
  setResponseHeader(event, 'Cache-Control', 'no-store')
  try {
    return await read(cmsClient('preview'))
  }
  catch (error) {
    throw toHttpError(error)
  }
}
