/** Strapi's auth strategy for API tokens (named `api-token` before 5.x's admin tokens existed). */
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token'])

/** Whether Strapi authenticated the request (`ctx.state.auth`) by an API token. */
export function isApiToken(auth: unknown): boolean {
  if (typeof auth !== 'object' || auth === null || !('strategy' in auth))
    return false
  const { strategy } = auth
  return typeof strategy === 'object' && strategy !== null && 'name' in strategy && API_TOKEN_STRATEGIES.has(String(strategy.name))
}
