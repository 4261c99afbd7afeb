import type { AddressInfo } from 'node:net'
import http from 'node:http'

/** A small, well-built web page for the website audit to assess. */
export const FIXTURE_PAGE = `<!doctype html>
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

export interface FixtureSite {
  url: string
  /** "hostname:port", as the CMS's AUDIT_TEST_SITES lists it. */
  host: string
  close: () => Promise<void>
}

/** A name that passes the form's website validation; only the test-site lookup maps it to this machine. */
const FIXTURE_HOSTNAME = 'harbor-bakery.test'

/** Serves FIXTURE_PAGE on a free local port, standing in for a visitor's website. */
export async function startFixtureSite(): Promise<FixtureSite> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(FIXTURE_PAGE)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${FIXTURE_HOSTNAME}:${port}/`,
    host: `${FIXTURE_HOSTNAME}:${port}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
