import type { FetchedPage } from '../../../src/audit/safe-fetch'

/** A page that does everything the assessment looks for. */
export const goodHtml = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Kestrel Bakery – fresh bread in Leeds</title>
  <meta name="description" content="Family bakery in Leeds baking sourdough, rye and pastries every morning since 1987. Order online and collect.">
  <link rel="canonical" href="/">
  <link rel="icon" href="/favicon.svg">
  <link rel="stylesheet" href="//cdn.example/site.css">
  <meta property="og:title" content="Kestrel Bakery">
  <meta property="og:description" content="Fresh bread in Leeds, every morning.">
  <meta property="og:image" content="https://bakery.example/og.png">
  <meta name="twitter:card" content="summary_large_image">
  <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Bakery", "name": "Kestrel Bakery"}</script>
  <script src="/app.js" defer></script>
</head>
<body>
  <h1>Fresh bread, every morning</h1>
  <img src="/loaf.jpg" alt="A sourdough loaf on a wooden board">
  <img src="https://bakery.example/divider.svg" alt="">
</body>
</html>`

/** A page that gets almost everything wrong. */
export const poorHtml = `<html>
<head>
  <meta name="robots" content="noindex, nofollow">
  <script type="application/ld+json">{"@type": "Bakery",</script>
</head>
<body>
  <h1>Welcome</h1>
  <h1>Our bread</h1>
  <img src="/loaf.jpg">
</body>
</html>`

export function fetchedPage(overrides: Partial<FetchedPage> = {}): FetchedPage {
  const body = overrides.body ?? goodHtml
  return {
    requestedUrl: 'http://bakery.example/',
    finalUrl: 'https://bakery.example/',
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body,
    bytes: Buffer.byteLength(body),
    elapsedMs: 120,
    redirects: ['https://bakery.example/'],
    ...overrides,
  }
}

/** The good page with one thing changed; throws if the change misses, so a test cannot pass vacuously. */
export function goodPageWith(search: string | RegExp, replacement: string): FetchedPage {
  const body = goodHtml.replace(search, replacement)
  if (body === goodHtml)
    throw new Error(`The good page has no ${String(search)} to replace`)
  return fetchedPage({ body })
}
