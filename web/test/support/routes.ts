/** Every page of the site that the e2e suites visit, with a name for its screenshots. */
export const PAGES = [
  { name: 'home', path: '/' },
  { name: 'services', path: '/services' },
  { name: 'service', path: '/services/web-design' },
  { name: 'blog', path: '/blog' },
  { name: 'blog-page-2', path: '/blog?page=2' },
  { name: 'article', path: '/blog/social-media-marketing-to-outsource-or-not-to-outsource' },
  { name: 'category', path: '/blog/category/content' },
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

export const SEED_ARTICLE_SLUG = 'social-media-marketing-to-outsource-or-not-to-outsource'

/** Articles per page on the test site, small so that the seed plus a few fixtures span several pages. */
export const E2E_PAGE_SIZE = 2
