/** One case study with its rendered story and others to read next; a 404 when the slug is unknown. */
export async function useCaseStudyPage(slug: string) {
  const declareTags = useCacheTags()
  const page = requireData(await useSiteRead(`cms:case-study:${slug}`, reads => reads.caseStudyPage(slug)))
  declareTags(...readTags.caseStudyPage(slug, page.value.caseStudy.documentId))
  return page
}
