import type { Core } from '@strapi/strapi'

/** How a plugin declares a service: a factory given Strapi. */
export type ServiceFactory<T> = (context: { strapi: Core.Strapi }) => T

/**
 * A plugin service's factory, for a plugin's extension (src/extensions/<plugin>/strapi-server): each
 * service it makes keeps the plugin's methods but those `override` returns, which may call `service`'s own.
 */
export function overrideService<T extends object>(create: ServiceFactory<T>, override: (service: T, context: { strapi: Core.Strapi }) => Partial<T>): ServiceFactory<T> {
  return (context) => {
    const service = create(context)
    return { ...service, ...override(service, context) }
  }
}
