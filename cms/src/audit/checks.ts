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
  /** What the site owner can do when the check does not pass. */
  advice: string
  evaluate: (context: PageContext) => Verdict
}

export const CHECK_DEFINITIONS: readonly CheckDefinition[] = [
  { id: 'https', label: 'Secure connection (HTTPS)', weight: 10, advice: 'Install a TLS certificate (most hosts offer a free one) and redirect every http:// address to https://.', evaluate: servedOverHttps },
  { id: 'status', label: 'Page loads successfully', weight: 10, advice: 'Make the home page answer 200: fix the error or point the address at the live page.', evaluate: answeredSuccessfully },
  { id: 'response-time', label: 'Response time', weight: 8, advice: 'Cache pages on the server or a CDN and trim slow plugins or database queries so the first byte comes sooner.', evaluate: respondedQuickly },
  { id: 'page-weight', label: 'HTML size', weight: 5, advice: 'Move inline styles and scripts into cached files and remove markup the page does not show.', evaluate: lightweightHtml },
  { id: 'mixed-content', label: 'No insecure resources', weight: 6, advice: 'Load every image, script and stylesheet over https://, or from the site itself.', evaluate: noMixedContent },
  { id: 'title', label: 'Page title', weight: 8, advice: 'Write a title of 10–60 characters that names the business and what the page offers.', evaluate: hasGoodTitle },
  { id: 'meta-description', label: 'Meta description', weight: 6, advice: 'Write a meta description of 50–160 characters that tells searchers why to click.', evaluate: hasGoodMetaDescription },
  { id: 'h1', label: 'Main heading', weight: 5, advice: 'Give the page exactly one <h1> that states its main topic.', evaluate: hasSingleH1 },
  { id: 'lang', label: 'Page language', weight: 4, advice: 'Add the page’s language to the <html> tag, for example <html lang="en">.', evaluate: declaresLanguage },
  { id: 'viewport', label: 'Mobile-friendly viewport', weight: 8, advice: 'Add <meta name="viewport" content="width=device-width, initial-scale=1"> and check the layout on a phone.', evaluate: hasMobileViewport },
  { id: 'image-alt', label: 'Image descriptions', weight: 5, advice: 'Describe each meaningful image in its alt attribute; give decorative images alt="".', evaluate: imagesHaveAltText },
  { id: 'indexable', label: 'Visible to search engines', weight: 10, advice: 'Remove the noindex rule (meta robots or X-Robots-Tag) unless the page should stay out of search.', evaluate: allowsIndexing },
  { id: 'canonical', label: 'Canonical address', weight: 4, advice: 'Add <link rel="canonical"> with the page’s preferred address.', evaluate: hasCanonicalUrl },
  { id: 'social-tags', label: 'Social sharing preview', weight: 5, advice: 'Add og:title, og:description and og:image so shared links show a preview.', evaluate: hasSocialPreview },
  { id: 'structured-data', label: 'Structured data', weight: 4, advice: 'Describe the business with schema.org JSON-LD (for example LocalBusiness or Organization).', evaluate: hasStructuredData },
  { id: 'favicon', label: 'Favicon', weight: 2, advice: 'Add a favicon (<link rel="icon">) so tabs and bookmarks show the brand.', evaluate: hasFavicon },
]

export function runChecks(page: FetchedPage): Check[] {
  const context = createPageContext(page)
  return CHECK_DEFINITIONS.map(({ id, label, weight, advice, evaluate }) => {
    const verdict = evaluate(context)
    return { id, label, weight, ...verdict, ...(verdict.status === 'pass' ? {} : { advice }) }
  })
}
