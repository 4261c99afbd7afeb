import type { FixtureSiteOptions } from '@agency/test-support/fixture-site'

/** A visitor's small website, for the CMS's audit to assess. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Corner Cafe — coffee and cake</title>
<meta name="description" content="A small neighbourhood cafe serving coffee, cake and lunch seven days a week, with seats by the window.">
</head><body><h1>Corner Cafe</h1><p>Open daily.</p></body></html>`

/** The page under a name that passes the form's website check; the CMS's test-site lookup maps it to this machine. */
export const FIXTURE_SITE: FixtureSiteOptions = { hostname: 'corner-cafe.test', html: PAGE }
