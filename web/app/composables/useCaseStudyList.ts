export interface CaseStudyListOptions {
  page: number
  /** Only the case studies of the service with this slug. */
  service?: string
}

/** A page of case studies, newest first, optionally of one service. */
export async function useCaseStudyList({ page, service }: CaseStudyListOptions) {
  useCacheTags(...readTags.caseStudies())
  const key = `cms:case-studies:${service ?? 'all'}:${page}`
  return requireData(await useSiteRead(key, reads => reads.caseStudies({ page, service })))
}
