/** A page written in web/content (about, privacy, terms); a 404 when there is none at that path. */
export async function useContentPage(path: string) {
  useCacheTags(...readTags.contentPage())
  return requireData(await useAsyncData(`content:${path}`, () => queryCollection('pages').path(path).first()))
}
