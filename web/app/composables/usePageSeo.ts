import type { Global, Media, Seo } from '@agency/shared'
import type { JsonLdNode } from '~/utils/structured-data'
import { listPagePath } from '@agency/shared/paths'

export interface PageSeo {
  title: string
  description?: string | null
  seo?: Seo | null
  image?: Media | null
  type?: 'website' | 'article'
  /** Schema.org nodes for this page, besides the organisation and website every page carries. */
  structuredData?: JsonLdNode[]
}

function absolute(siteUrl: string, url: string): string {
  return /^https?:\/\//.test(url) ? url : `${siteUrl}${url.startsWith('/') ? '' : '/'}${url}`
}

/**
 * The page's title, description, canonical URL, Open Graph and Twitter cards, robots and JSON-LD, from
 * the entry's SEO fields with the global defaults as fallback. Call it once per page, synchronously.
 */
export function usePageSeo(page: PageSeo): void {
  const siteUrl = useRuntimeConfig().public.siteUrl.replace(/\/+$/, '')
  const route = useRoute()
  const { data: global } = useNuxtData<Global>('cms:global')
  const defaults = global.value?.defaultSeo
  const agencyName = global.value?.agencyName ?? useAppConfig().site.fallbackName

  const title = page.seo?.metaTitle || page.title
  const description = page.seo?.metaDescription || page.description || defaults?.metaDescription || ''
  const pageNumber = Number(route.query.page)
  const canonical = page.seo?.canonicalUrl || `${siteUrl}${listPagePath(route.path, pageNumber)}`
  const shareImage = page.seo?.shareImage?.url ?? page.image?.url ?? defaults?.shareImage?.url ?? '/og-default.png'
  const image = absolute(siteUrl, shareImage)
  const noIndex = page.seo?.noIndex === true

  useHead({
    titleTemplate: value => (!value ? agencyName : value.includes(agencyName) ? value : `${value} — ${agencyName}`),
    link: [{ rel: 'canonical', href: canonical }],
    script: page.structuredData?.length
      ? [{ key: 'page-json-ld', type: 'application/ld+json', innerHTML: jsonLdScript(page.structuredData) }]
      : [],
  })
  useSeoMeta({
    title,
    description,
    ogTitle: title,
    ogDescription: description,
    ogUrl: canonical,
    ogType: page.type ?? 'website',
    ogSiteName: agencyName,
    ogImage: image,
    ogImageWidth: page.seo?.shareImage || page.image ? undefined : 1200,
    ogImageHeight: page.seo?.shareImage || page.image ? undefined : 630,
    ogImageAlt: title,
    twitterCard: 'summary_large_image',
    twitterTitle: title,
    twitterDescription: description,
    twitterImage: image,
    robots: noIndex ? 'noindex, nofollow' : 'index, follow',
  })
}
