/** One page that matched. The `…Html` fields are escaped text with `<mark>` around the matches. */
export interface SearchResult {
  path: string
  title: string
  titleHtml: string
  snippetHtml: string
  /** An article's publication date, `YYYY-MM-DD`. */
  date?: string
}

export interface SearchResponse {
  query: string
  /** Pages built in the CMS, matched by their title and description; the home page is not among them. */
  pages: SearchResult[]
  services: SearchResult[]
  /** Case studies, matched in their title, client, industry, summary and story. */
  caseStudies: SearchResult[]
  articles: SearchResult[]
  /** How many matched in all; more than the results when the list was cut short. */
  total: { pages: number, services: number, caseStudies: number, articles: number }
}
