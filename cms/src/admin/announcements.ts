/**
 * Turns off the two things Strapi's admin shows every new browser: the guided tour (to the first super
 * admin, in development builds) and the "Introducing the new Media Library" banner linking to
 * strapi.io. No configuration switches either off: each is per-browser state in localStorage that the
 * admin writes itself when someone presses "Skip"/"Close guided tour" or closes the banner
 * (@strapi/admin: components/GuidedTour/Context and components/MediaLibraryBanner). So the admin's own
 * keys are written here, with the values those buttons write, before the admin first reads them.
 * Relies on those keys, which test/unit/admin-announcements.spec.ts finds in Strapi's admin source.
 * Remove when the admin can turn them off in its configuration (the banner and its per-browser dismissal
 * came with https://github.com/strapi/strapi/pull/27625).
 */

export const GUIDED_TOUR_KEY = 'STRAPI_GUIDED_TOUR'
/** Ours: the tour was skipped once in this browser, so a tour someone restarts from their profile stays on. */
const TOUR_SKIPPED_KEY = 'agency:guided-tour-skipped'

/** The dismissal key of the banner, per Media Library (legacy or new) and per Strapi instance (`/admin/init`'s uuid). */
export const mediaLibraryBannerKey = (legacy: boolean, uuid: string | false) => `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${uuid}`

function storedObject(raw: string | null): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw ?? '{}')
    return typeof value === 'object' && value !== null ? { ...value } : {}
  }
  catch {
    return {}
  }
}

/** As "Close guided tour" does: keeps the tour's progress and turns it off, once per browser. */
export function skipGuidedTourOnce(storage: Storage): void {
  if (storage.getItem(TOUR_SKIPPED_KEY) !== null)
    return
  storage.setItem(GUIDED_TOUR_KEY, JSON.stringify({ ...storedObject(storage.getItem(GUIDED_TOUR_KEY)), enabled: false }))
  storage.setItem(TOUR_SKIPPED_KEY, 'true')
}

/** As closing the banner does, for whichever Media Library the `useLegacyMediaLibrary` flag selects. */
export function dismissMediaLibraryBanner(storage: Storage, uuid: string | false): void {
  for (const legacy of [false, true])
    storage.setItem(mediaLibraryBannerKey(legacy, uuid), 'true')
}
