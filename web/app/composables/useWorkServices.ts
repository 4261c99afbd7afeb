/** The services the work page filters by: those with a published case study, in display order. */
export async function useWorkServices() {
  useCacheTags(...readTags.caseStudies())
  return requireData(await useSiteRead('cms:work-services', reads => reads.workServices()))
}
