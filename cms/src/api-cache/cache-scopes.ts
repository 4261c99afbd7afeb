/** An attribute as Strapi's schemas declare it, with the fields that point at other models. */
interface SchemaAttribute {
  type: string
  target?: string
  component?: string
  components?: string[]
}

export interface Schemas {
  contentTypes: Readonly<Record<string, { attributes: Readonly<Record<string, SchemaAttribute>> }>>
  components: Readonly<Record<string, { attributes: Readonly<Record<string, SchemaAttribute>> }>>
}

/** The scope of reads not served by a content type's own controller (plugins' routes, custom ones). */
export const ANY_READ = '*'

const MEDIA = 'plugin::upload.file'

/** Anonymous reads cannot show admin users, sessions or tokens. */
const UNSEEN_MODELS = /^(?:admin|strapi)::/

/** Who may read what: a change to either can turn any cached answer into a 403, or the reverse. */
const PERMISSION_MODELS = new Set(['plugin::users-permissions.permission', 'plugin::users-permissions.role'])

/** `api::article.article.find` → `api::article.article`. */
const CONTROLLER_OF_HANDLER = /^((?:api|plugin)::[^.]+\.[^.]+)\.[^.]+$/

export interface CacheScopes {
  /** Every scope a cached answer can belong to. */
  readonly all: readonly string[]
  /** The scope of a read, from the route Strapi matched it to (`ctx.state.route`). */
  scopeOf: (route: unknown) => string
  /** The scopes whose answers a write to `model` can change. */
  changedBy: (model: string) => readonly string[]
}

/**
 * The models a read of `root` can show or depend on: everything reachable from it through relations,
 * media, components and dynamic zones. Every relation counts, populated or not, because a caller's
 * filters can follow any of them (`/api/categories?filters[articles][title]=…`).
 */
function modelsReachableFrom(root: string, schemas: Schemas): Set<string> {
  const reached = new Set<string>([root])
  const visited = new Set<string>()
  const visit = (uid: string) => {
    if (visited.has(uid))
      return
    visited.add(uid)
    const schema = schemas.contentTypes[uid] ?? schemas.components[uid]
    for (const attribute of Object.values(schema?.attributes ?? {})) {
      const targets = attribute.type === 'media'
        ? [MEDIA]
        : [attribute.target, attribute.component, ...(attribute.components ?? [])].filter(uid => uid !== undefined)
      for (const target of targets) {
        if (target in schemas.contentTypes)
          reached.add(target)
        visit(target)
      }
    }
  }
  visit(root)
  return reached
}

/**
 * The content API response cache's scopes: one per content type, holding the reads its controller
 * answers, plus {@link ANY_READ} for every other read. A write changes the scopes of the reads that can
 * show the written model, derived from the content-type schemas; a change of permissions changes them
 * all. Components are written with their owner, whose own write names the scopes, so a component's rows
 * (shared by several types, such as `shared.seo`) invalidate nothing on their own.
 */
export function cacheScopes(schemas: Schemas): CacheScopes {
  const roots = Object.keys(schemas.contentTypes).filter(uid => !UNSEEN_MODELS.test(uid))
  const all = [...roots, ANY_READ]
  const readersOf = new Map<string, string[]>()
  for (const root of roots) {
    for (const model of modelsReachableFrom(root, schemas))
      readersOf.set(model, [...(readersOf.get(model) ?? []), root])
  }

  return {
    all,
    scopeOf(route) {
      const handler = typeof route === 'object' && route !== null && 'handler' in route ? route.handler : undefined
      const controller = typeof handler === 'string' ? CONTROLLER_OF_HANDLER.exec(handler)?.[1] : undefined
      return controller !== undefined && roots.includes(controller) ? controller : ANY_READ
    },
    changedBy(model) {
      if (PERMISSION_MODELS.has(model))
        return all
      if (UNSEEN_MODELS.test(model) || model in schemas.components)
        return []
      return [...(readersOf.get(model) ?? []), ANY_READ]
    },
  }
}
