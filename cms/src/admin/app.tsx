import type { StrapiApp } from '@strapi/strapi/admin'
import { injectLeadExport, registerLeadDesk } from './lead-desk/register'

export default {
  config: {
    locales: [],
    // Both features call hosts outside this network on every admin load.
    notifications: { releases: false },
    tutorials: false,
  },
  register(app: StrapiApp) {
    registerLeadDesk(app)
  },
  bootstrap(app: StrapiApp) {
    injectLeadExport(app)
  },
}
