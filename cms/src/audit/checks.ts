import type { PageContext, Verdict } from './page-checks/page-context'
import { createPageContext } from './page-checks/page-context'
import { declaresLanguage, hasGoodMetaDescription, hasGoodTitle, hasMobileViewport, hasSingleH1, imagesHaveAltText } from './page-checks/content'
import { answeredSuccessfully, lightweightHtml, noMixedContent, respondedQuickly, servedOverHttps } from './page-checks/delivery'
import { allowsIndexing, hasCanonicalUrl, hasFavicon, hasSocialPreview, hasStructuredData } from './page-checks/discoverability'
import type { Check } from './report'
import type { FetchedPage } from './safe-fetch'

interface CheckDefinition {
  id: string
  label: string
  /** Weights add up to 100, so each reads as the points the check is worth. */
  weight: number
  evaluate: (context: PageContext) => Verdict
}

export const CHECK_DEFINITIONS: readonly CheckDefinition[] = [
  { id: 'https', label: 'Secure connection (HTTPS)', weight: 10, evaluate: servedOverHttps },
  { id: 'status', label: 'Page loads successfully', weight: 10, evaluate: answeredSuccessfully },
  { id: 'response-time', label: 'Response time', weight: 8, evaluate: respondedQuickly },
  { id: 'page-weight', label: 'HTML size', weight: 5, evaluate: lightweightHtml },
  { id: 'mixed-content', label: 'No insecure resources', weight: 6, evaluate: noMixedContent },
  { id: 'title', label: 'Page title', weight: 8, evaluate: hasGoodTitle },
  { id: 'meta-description', label: 'Meta description', weight: 6, evaluate: hasGoodMetaDescription },
  { id: 'h1', label: 'Main heading', weight: 5, evaluate: hasSingleH1 },
  { id: 'lang', label: 'Page language', weight: 4, evaluate: declaresLanguage },
  { id: 'viewport', label: 'Mobile-friendly viewport', weight: 8, evaluate: hasMobileViewport },
  { id: 'image-alt', label: 'Image descriptions', weight: 5, evaluate: imagesHaveAltText },
  { id: 'indexable', label: 'Visible to search engines', weight: 10, evaluate: allowsIndexing },
  { id: 'canonical', label: 'Canonical address', weight: 4, evaluate: hasCanonicalUrl },
  { id: 'social-tags', label: 'Social sharing preview', weight: 5, evaluate: hasSocialPreview },
  { id: 'structured-data', label: 'Structured data', weight: 4, evaluate: hasStructuredData },
  { id: 'favicon', label: 'Favicon', weight: 2, evaluate: hasFavicon },
]

export function runChecks(page: FetchedPage): Check[] {
  const context = createPageContext(page)
  return CHECK_DEFINITIONS.map(({ id, label, weight, evaluate }) => ({ id, label, weight, ...evaluate(context) }))
}
