import ipaddr from 'ipaddr.js'

/**
 * IANA's global unicast block. Everything else in IPv6 is special-purpose or unallocated, including the
 * deprecated IPv4-compatible ::/96 form that ipaddr.js still calls 'unicast'.
 */
const IPV6_GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3')

const RANGE_REASONS: Readonly<Record<string, string>> = {
  'unspecified': 'an unspecified address',
  'broadcast': 'the broadcast address',
  'multicast': 'a multicast address',
  'linkLocal': 'a link-local address, where cloud metadata services live',
  'loopback': 'a loopback address of the server itself',
  'carrierGradeNat': 'a carrier-grade NAT address',
  'private': 'a private network address',
  'uniqueLocal': 'a private network address',
  'reserved': 'a reserved address',
  // Tunnel and translation prefixes can carry any IPv4 address, private ones included.
  '6to4': 'a 6to4 tunnel address',
  'teredo': 'a Teredo tunnel address',
  'rfc6052': 'a NAT64 translation address',
  'rfc6145': 'an IPv4-translated address',
}

function rangeReason(range: string): string {
  return RANGE_REASONS[range] ?? `a special-purpose address (${range})`
}

/**
 * Why the assessment must not connect to `ip`, or null when it is an ordinary public address.
 * IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry, since that is where they connect.
 */
export function addressRefusal(ip: string): string | null {
  if (!ipaddr.isValid(ip))
    return 'not an IP address'
  const address = ipaddr.process(ip)
  const range = address.range()
  if (range !== 'unicast')
    return rangeReason(range)
  if (address instanceof ipaddr.IPv6 && !address.match(IPV6_GLOBAL_UNICAST))
    return 'an IPv6 address outside the global unicast space'
  return null
}

export function isPublicAddress(ip: string): boolean {
  return addressRefusal(ip) === null
}
