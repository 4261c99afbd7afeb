/** All services in display order. */
export async function useServices() {
  useCacheTags('services')
  return requireData(await useFetch('/api/cms/services', { key: 'cms:services' }))
}
