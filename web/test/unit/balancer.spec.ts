import type { Server } from 'node:http'
import http from 'node:http'
import { startBalancer } from '@agency/test-support/balancer'
import { freePort, listenOnLoopback } from '@agency/test-support/ports'
import { afterEach, describe, expect, it } from 'vitest'

/** An upstream that answers every request with its name, the method and the body it received. */
async function startUpstream(name: string): Promise<{ url: string, server: Server }> {
  const server = http.createServer(async (request, response) => {
    let body = ''
    for await (const chunk of request)
      body += String(chunk)
    response.end(`${name} ${request.method} ${body}`.trim())
  })
  return { url: `http://127.0.0.1:${await listenOnLoopback(server)}`, server }
}

async function answer(url: string, init?: RequestInit): Promise<string> {
  const response = await fetch(url, init)
  expect(response.status).toBe(200)
  return response.text()
}

describe('the test load balancer', () => {
  const closing: Array<() => Promise<unknown>> = []
  afterEach(async () => {
    await Promise.all(closing.splice(0).map(close => close()))
  })

  it('sends requests to each upstream in turn', async () => {
    const upstreams = await Promise.all(['a', 'b'].map(startUpstream))
    const balancer = await startBalancer(upstreams.map(upstream => upstream.url))
    closing.push(balancer.close, ...upstreams.map(({ server }) => async () => server.close()))

    const names = []
    for (let request = 0; request < 4; request++)
      names.push(await answer(balancer.url))
    expect(names).toEqual(['a GET', 'b GET', 'a GET', 'b GET'])
  })

  it('skips an upstream that refuses the connection, for a POST with its body too', async () => {
    const live = await startUpstream('live')
    const balancer = await startBalancer([`http://127.0.0.1:${await freePort()}`, live.url])
    closing.push(balancer.close, async () => live.server.close())

    const answers = []
    for (let request = 0; request < 4; request++)
      answers.push(await answer(balancer.url, { method: 'POST', body: `lead ${request}` }))
    expect(answers).toEqual(['live POST lead 0', 'live POST lead 1', 'live POST lead 2', 'live POST lead 3'])
    expect(balancer.counts).toEqual({ retried: 2, failed: 0 })
  })

  it('answers 502 when no upstream is listening', async () => {
    const balancer = await startBalancer([`http://127.0.0.1:${await freePort()}`])
    closing.push(balancer.close)
    expect((await fetch(balancer.url)).status).toBe(502)
    expect(balancer.counts.failed).toBe(1)
  })
})
