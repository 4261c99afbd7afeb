import type { FixtureSiteOptions } from '@agency/test-support/fixture-site'

/** A small, well-built web page for the website audit to assess. */
const FIXTURE_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Harbor Bakery — fresh bread in Portland</title>
  <meta name="description" content="A neighbourhood bakery in Portland baking sourdough, pastries and celebration cakes every morning since 2009.">
  <link rel="canonical" href="https://harbor-bakery.example/">
  <meta property="og:title" content="Harbor Bakery">
  <meta property="og:description" content="Fresh bread in Portland">
  <meta property="og:image" content="https://harbor-bakery.example/og.jpg">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"Bakery","name":"Harbor Bakery"}</script>
</head>
<body><h1>Harbor Bakery</h1><img src="/bread.jpg" alt="A loaf of sourdough"></body>
</html>`

/** The page as a visitor's website, under a name that passes the form's website check and that only the test-site lookup maps to this machine. */
export const FIXTURE_SITE: FixtureSiteOptions = { hostname: 'harbor-bakery.test', html: FIXTURE_PAGE }
