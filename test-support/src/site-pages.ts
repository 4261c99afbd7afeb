/** An article of the seed content, the one the suites and benchmarks open and edit. */
export const SEED_ARTICLE_SLUG = 'social-media-marketing-to-outsource-or-not-to-outsource'

/** A case study of the seed content, the one the suites and benchmarks open. */
export const SEED_CASE_STUDY_SLUG = 'loaf-and-ladle-online-pre-orders'

/**
 * Every page of the site on the seed content, with a name for its screenshots: what the e2e suites visit
 * and the benchmarks measure. The blog's second page needs more articles than one page holds.
 */
export const PAGES = [
  { name: 'home', path: '/' },
  { name: 'services', path: '/services' },
  { name: 'service', path: '/services/web-design' },
  { name: 'blog', path: '/blog' },
  { name: 'blog-page-2', path: '/blog?page=2' },
  { name: 'article', path: `/blog/${SEED_ARTICLE_SLUG}` },
  { name: 'category', path: '/blog/category/content' },
  { name: 'work', path: '/work' },
  { name: 'work-filtered', path: '/work?service=web-marketing' },
  { name: 'case-study', path: `/work/${SEED_CASE_STUDY_SLUG}` },
  { name: 'assessment', path: '/free-website-assessment' },
  { name: 'thank-you', path: '/free-website-assessment/thank-you' },
  { name: 'about', path: '/about' },
  { name: 'privacy', path: '/privacy' },
  { name: 'terms', path: '/terms' },
  { name: 'search', path: '/search?q=social' },
  { name: 'not-found', path: '/no-such-page' },
] as const

/** Pages with nothing to run in the browser: they must ship no JavaScript bundle. */
export const SCRIPT_FREE_PAGES = PAGES.filter(page => page.name !== 'assessment')
