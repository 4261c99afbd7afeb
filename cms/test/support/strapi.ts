import type * as Strapi from '@strapi/strapi'
import { createRequire } from 'node:module'

/**
 * Strapi's ESM build imports `lodash/fp` as a directory, which Node's ESM loader rejects; its CommonJS
 * build is the one Strapi itself runs, so tests load that.
 */
const strapiModule = createRequire(import.meta.url)('@strapi/strapi') as typeof Strapi

export const { compileStrapi, createStrapi } = strapiModule
