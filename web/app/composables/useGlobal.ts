/** The agency's global settings (name, navigation, footer, default SEO), read once per render. */
export async function useGlobal() {
  useCacheTags(...readTags.global())
  return requireData(await useSiteRead('cms:global', reads => reads.global()))
}
