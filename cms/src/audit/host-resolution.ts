import type { LookupAddress } from 'node:dns'
import { lookup as dnsLookup } from 'node:dns/promises'
import type { LookupFunction } from 'node:net'
import { isIP } from 'node:net'
import { addressRefusal } from './address-policy'
import { SafeFetchError } from './safe-fetch-error'

/** Resolves a hostname to every address it has; injectable so tests need no DNS. */
export type HostLookup = (hostname: string) => Promise<readonly LookupAddress[]>

/** At least one address: a host with none cannot be connected to, so it never gets this far. */
export type ResolvedAddresses = readonly [LookupAddress, ...LookupAddress[]]

export const systemLookup: HostLookup = hostname => dnsLookup(hostname, { all: true, verbatim: true })

/** WHATWG URL keeps the brackets around IPv6 literals; sockets and policies want the bare address. */
function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1')
}

function hasAddresses(addresses: readonly LookupAddress[]): addresses is ResolvedAddresses {
  return addresses.length > 0
}

async function resolveHostname(hostname: string, lookup: HostLookup): Promise<ResolvedAddresses> {
  let addresses: readonly LookupAddress[]
  try {
    addresses = await lookup(hostname)
  }
  catch (error) {
    throw new SafeFetchError('dns-failed', `We could not find ${hostname}; please check the address for typos.`, { cause: error })
  }
  if (!hasAddresses(addresses))
    throw new SafeFetchError('dns-failed', `${hostname} has no address on the internet.`)
  return addresses
}

/**
 * The addresses a URL's host may be reached at. Every one must be public, not just the first: the socket
 * may pick any of them, and an attacker controls the order of their own DNS answers.
 */
export async function resolveAllowedAddresses(url: URL, lookup: HostLookup, isTestHost: boolean): Promise<ResolvedAddresses> {
  const hostname = bareHostname(url)
  const literalFamily = isIP(hostname)
  const addresses: ResolvedAddresses = literalFamily === 0
    ? await resolveHostname(hostname, lookup)
    : [{ address: hostname, family: literalFamily }]
  if (isTestHost)
    return addresses
  for (const { address } of addresses) {
    const refusal = addressRefusal(address)
    if (refusal === null)
      continue
    const subject = literalFamily === 0 ? `${hostname} points to ${address},` : `${hostname} is`
    throw new SafeFetchError('blocked-address', `${subject} ${refusal}; we only assess public websites.`)
  }
  return addresses
}

/**
 * A socket lookup that answers with the addresses already checked, so a DNS answer that changes between the
 * check and the connection (DNS rebinding) never reaches the socket. Sockets skip it for IP literals, which
 * were checked as written.
 */
export function pinnedLookup(addresses: ResolvedAddresses): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all)
      callback(null, [...addresses])
    else
      callback(null, addresses[0].address, addresses[0].family)
  }
}
