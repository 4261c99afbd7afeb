import type { StrapiApp } from '@strapi/strapi/admin'
import { getFetchClient } from '@strapi/strapi/admin'
import { dismissMediaLibraryBanner, skipGuidedTourOnce } from './announcements'
import { injectLeadExport, registerLeadDesk } from './lead-desk/register'

/** The part of `/admin/init` that scopes the admin's per-instance browser state. */
interface InitAnswer {
  data: { uuid: string | false }
}

export default {
  config: {
    locales: [],
    // Release notes are fetched from a host outside this network on every admin load.
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    registerLeadDesk(app)
  },
  bootstrap(app: StrapiApp) {
    injectLeadExport(app)
    skipGuidedTourOnce(window.localStorage)
    // The admin renders without waiting for this. It is asked before the admin's own `/admin/init`, whose
    // uuid the banner's key is made of, so the dismissal is stored before the banner can read it.
    void getFetchClient().get<InitAnswer>('/admin/init').then(({ data }) => dismissMediaLibraryBanner(window.localStorage, data.data.uuid))
  },
}
