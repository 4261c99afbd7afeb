import type { AddressInfo } from 'node:net'
import http from 'node:http'

/** A name that passes the form's website validation; the CMS's test-site lookup maps it to this machine. */
const HOSTNAME = 'corner-cafe.test'

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Corner Cafe — coffee and cake</title>
<meta name="description" content="A small neighbourhood cafe serving coffee, cake and lunch seven days a week, with seats by the window.">
</head><body><h1>Corner Cafe</h1><p>Open daily.</p></body></html>`

/** A visitor's website on a free local port, for the CMS's audit to assess. */
export async function startFixtureSite(): Promise<{ url: string, host: string, close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(PAGE)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://${HOSTNAME}:${port}/`, host: `${HOSTNAME}:${port}`, close: () => new Promise(resolve => server.close(() => resolve())) }
}
