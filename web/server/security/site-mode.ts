import { useRuntimeConfig } from 'nitropack/runtime'

/**
 * How this server runs. A production build is in production unless it is started deliberately for a
 * local evaluation (`NUXT_LOCAL_EVALUATION=true`, what `pnpm start` does), so an image or a host that
 * forgets a flag still refuses public development secrets and lets search engines in.
 */
export type SiteMode = 'development' | 'local-evaluation' | 'production'

export function siteMode(): SiteMode {
  // The build prerenders @nuxt/content's files through the server, where no secret is given or needed.
  if ((import.meta.dev && process.env.NODE_ENV !== 'production') || import.meta.prerender)
    return 'development'
  return String(useRuntimeConfig().localEvaluation) === 'true' ? 'local-evaluation' : 'production'
}
