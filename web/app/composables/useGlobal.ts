/** The agency's global settings (name, navigation, footer, default SEO), read once per render. */
export async function useGlobal() {
  useCacheTags('global')
  return requireData(await useFetch('/api/cms/global', { key: 'cms:global' }))
}
