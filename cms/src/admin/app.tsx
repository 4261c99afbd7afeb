import type { StrapiApp } from '@strapi/strapi/admin'

export default {
  config: {
    locales: [],
    // Both features call hosts outside this network on every admin load.
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap(_app: StrapiApp) {},
}
