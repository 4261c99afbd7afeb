import http from 'node:http'
import { listenOnLoopback } from './ports'

export interface FixtureSiteOptions {
  /** A made-up name that passes the assessment form's website check; only the CMS's AUDIT_TEST_SITES maps it here. */
  hostname: string
  html: string
}

export interface FixtureSite {
  url: string
  /** "hostname:port", as the CMS's AUDIT_TEST_SITES lists it. */
  host: string
  close: () => Promise<void>
}

/** A visitor's website for the CMS's audit to assess: one page, served on a free loopback port. */
export async function startFixtureSite({ hostname, html }: FixtureSiteOptions): Promise<FixtureSite> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(html)
  })
  const port = await listenOnLoopback(server)
  return {
    url: `http://${hostname}:${port}/`,
    host: `${hostname}:${port}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
