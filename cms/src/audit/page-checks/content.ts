import type { PageContext, Verdict } from './page-context'
import { collapseWhitespace, metaContent, quote } from './page-context'

interface LengthRule {
  name: string
  min: number
  max: number
  /** Why the length matters, finishing the sentence “aim for min–max characters …”. */
  because: string
  missing: string
}

/** Passes text whose length falls in the range search engines display without cutting it. */
function lengthVerdict(text: string | undefined, rule: LengthRule): Verdict {
  if (text === undefined || text === '')
    return { status: 'fail', detail: rule.missing }
  const measured = `The ${rule.name} ${quote(text)} is ${text.length} characters`
  if (text.length < rule.min || text.length > rule.max)
    return { status: 'warn', detail: `${measured}; aim for ${rule.min}–${rule.max} ${rule.because}.` }
  return { status: 'pass', detail: `${measured}.` }
}

export function hasGoodTitle({ $ }: PageContext): Verdict {
  return lengthVerdict(collapseWhitespace($('title').first().text()), {
    name: 'title',
    min: 10,
    max: 60,
    because: 'so search results show it whole',
    missing: 'The page has no <title>, so search results and browser tabs fall back to the bare address.',
  })
}

export function hasGoodMetaDescription({ $ }: PageContext): Verdict {
  return lengthVerdict(metaContent($, 'description'), {
    name: 'meta description',
    min: 50,
    max: 160,
    because: 'so search engines use it as the snippet under your link',
    missing: 'The page has no meta description, so search engines pick a snippet from the text themselves.',
  })
}

export function hasSingleH1({ $ }: PageContext): Verdict {
  const count = $('h1').length
  if (count === 1)
    return { status: 'pass', detail: `The main heading reads ${quote(collapseWhitespace($('h1').text()))}.` }
  if (count === 0)
    return { status: 'fail', detail: 'The page has no <h1>, so neither search engines nor screen readers know its main topic.' }
  return { status: 'warn', detail: `The page has ${count} <h1> headings; one main heading states its topic more clearly.` }
}

export function declaresLanguage({ $ }: PageContext): Verdict {
  const lang = $('html').attr('lang')?.trim()
  return lang
    ? { status: 'pass', detail: `The page declares its language as “${lang}”.` }
    : { status: 'fail', detail: 'The <html> tag has no lang attribute, which screen readers and translators rely on.' }
}

export function hasMobileViewport({ $ }: PageContext): Verdict {
  const viewport = metaContent($, 'viewport')
  if (viewport === undefined)
    return { status: 'fail', detail: 'There is no viewport meta tag, so phones show a zoomed-out desktop page.' }
  if (!/width\s*=\s*device-width/i.test(viewport))
    return { status: 'warn', detail: `The viewport “${viewport}” does not follow the device width.` }
  return { status: 'pass', detail: 'The page adapts to the width of phones and tablets.' }
}

export function imagesHaveAltText({ $ }: PageContext): Verdict {
  const images = $('img')
  const missing = images.filter((_index, image) => $(image).attr('alt') === undefined).length
  if (images.length === 0)
    return { status: 'pass', detail: 'The page has no images to describe.' }
  if (missing === 0)
    return { status: 'pass', detail: `All ${images.length} images have alt text.` }
  const detail = `${missing} of ${images.length} images have no alt text, so screen readers and image search skip them.`
  return { status: missing === images.length ? 'fail' : 'warn', detail }
}
