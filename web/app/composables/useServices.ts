/** All services in display order. */
export async function useServices() {
  useCacheTags(...readTags.services())
  return requireData(await useSiteRead('cms:services', reads => reads.services()))
}
