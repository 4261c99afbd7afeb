import type { Core } from '@strapi/strapi'

type Config = Parameters<Core.MiddlewareFactory>[0]

/**
 * One of Strapi's `strapi::` middlewares set up once, in its place in the registry (`extend`), beside
 * Strapi's own, which `setUp` hands the requests it does not answer itself. With GraphQL installed
 * Strapi's answers everything: its endpoints change what those middlewares do.
 */
export function besideStrapisOwn(name: string, setUp: (config: Config, strapi: Core.Strapi, strapisOwn: Core.MiddlewareHandler) => Core.MiddlewareHandler) {
  return (strapisFactory: Core.MiddlewareFactory): Core.MiddlewareFactory => (config, { strapi }) => {
    const strapisOwn = strapisFactory(config, { strapi })
    if (strapisOwn === undefined)
      throw new Error(`${name} made no middleware`)
    return strapi.plugin('graphql') === undefined ? setUp(config, strapi, strapisOwn) : strapisOwn
  }
}
