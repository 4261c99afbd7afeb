import crypto from 'node:crypto'
import { TEST_ADMIN } from './cms-server'

export interface CmsRequest extends RequestInit {
  /** Sent as a bearer token: an API token, or an admin's session. */
  token?: string
}

/** A JSON request to the CMS; an answer other than 2xx throws with the method, URL, status and body. */
export async function cmsRequest<T>(url: string, init: CmsRequest = {}): Promise<T> {
  const { token, ...request } = init
  const response = await fetch(url, {
    ...request,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
  })
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok)
    throw new Error(`${request.method ?? 'GET'} ${url} answered ${response.status}: ${JSON.stringify(body)}`)
  return body as T
}

/**
 * Signs in as the test admin and creates a full-access API token, the way an integrator gets one in the
 * admin panel (Settings → API Tokens).
 */
export async function createFullAccessToken(cmsUrl: string): Promise<string> {
  const login = await cmsRequest<{ data: { token: string } }>(`${cmsUrl}/admin/login`, {
    method: 'POST',
    body: JSON.stringify(TEST_ADMIN),
  })
  const created = await cmsRequest<{ data: { accessKey: string } }>(`${cmsUrl}/admin/api-tokens`, {
    method: 'POST',
    token: login.data.token,
    body: JSON.stringify({ name: `test-${crypto.randomUUID()}`, description: 'Tests and benchmarks', type: 'full-access', lifespan: null }),
  })
  return created.data.accessKey
}
