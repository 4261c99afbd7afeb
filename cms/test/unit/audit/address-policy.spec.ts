import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addressRefusal, isPublicAddress } from '../../../src/audit/address-policy'

const refused: ReadonlyArray<[kind: string, address: string]> = [
  ['private 10/8', '10.0.0.1'],
  ['private 172.16/12, lowest', '172.16.0.1'],
  ['private 172.16/12, highest', '172.31.255.255'],
  ['private 192.168/16', '192.168.1.1'],
  ['loopback', '127.0.0.1'],
  ['loopback, elsewhere in 127/8', '127.255.0.9'],
  ['link-local', '169.254.1.1'],
  ['cloud metadata', '169.254.169.254'],
  ['carrier-grade NAT', '100.64.0.1'],
  ['Alibaba cloud metadata (CGNAT)', '100.100.100.200'],
  ['multicast', '224.0.0.1'],
  ['multicast SSDP', '239.255.255.250'],
  ['unspecified', '0.0.0.0'],
  ['this network 0/8', '0.1.2.3'],
  ['broadcast', '255.255.255.255'],
  ['documentation TEST-NET-1', '192.0.2.1'],
  ['benchmarking', '198.18.0.1'],
  ['reserved 240/4', '240.0.0.1'],
  ['6to4 relay anycast', '192.88.99.1'],
  ['IPv6 unspecified', '::'],
  ['IPv6 loopback', '::1'],
  ['IPv6 link-local', 'fe80::1'],
  ['IPv6 unique-local', 'fc00::1'],
  ['AWS IPv6 metadata (unique-local)', 'fd00:ec2::254'],
  ['IPv6 multicast', 'ff02::1'],
  ['IPv6 documentation', '2001:db8::1'],
  ['IPv4-mapped private', '::ffff:10.0.0.1'],
  ['IPv4-mapped loopback in hex', '::ffff:7f00:1'],
  ['IPv4-mapped metadata', '::ffff:169.254.169.254'],
  ['IPv4-compatible loopback', '::7f00:1'],
  ['6to4 embedding 10.0.0.1', '2002:a00:1::'],
  ['6to4 embedding a public address', '2002:808:808::'],
  ['Teredo', '2001:0:4136:e378:8000:63bf:3fff:fdd2'],
  ['NAT64 embedding 10.0.0.1', '64:ff9b::a00:1'],
  ['IPv4-translated', '::ffff:0:a00:1'],
  ['not an address', 'example.com'],
  ['empty', ''],
]

const allowed: ReadonlyArray<[kind: string, address: string]> = [
  ['Google DNS', '8.8.8.8'],
  ['Cloudflare DNS', '1.1.1.1'],
  ['just above 172.16/12', '172.32.0.1'],
  ['just above CGNAT', '100.128.0.1'],
  ['Cloudflare DNS over IPv6', '2606:4700:4700::1111'],
  ['Google DNS over IPv6', '2001:4860:4860::8888'],
  ['IPv4-mapped public address', '::ffff:8.8.8.8'],
]

const octet = fc.integer({ min: 0, max: 255 })
const privateOrLoopbackIpv4 = fc
  .tuple(fc.constantFrom(10, 127), octet, octet, octet)
  .map(octets => octets.join('.'))

describe('isPublicAddress', () => {
  it.each(refused)('refuses %s (%s)', (_kind, address) => {
    expect(isPublicAddress(address)).toBe(false)
  })

  it.each(allowed)('allows %s (%s)', (_kind, address) => {
    expect(isPublicAddress(address)).toBe(true)
  })

  it('refuses every address in 10/8 and 127/8, written plainly or mapped into IPv6', () => {
    fc.assert(fc.property(privateOrLoopbackIpv4, (address) => {
      expect(isPublicAddress(address)).toBe(false)
      expect(isPublicAddress(`::ffff:${address}`)).toBe(false)
    }))
  })
})

describe('addressRefusal', () => {
  it('names the kind of address it refuses', () => {
    expect(addressRefusal('169.254.169.254')).toMatch(/link-local/)
    expect(addressRefusal('::ffff:10.0.0.1')).toMatch(/private/)
    expect(addressRefusal('2002:a00:1::')).toMatch(/6to4/)
  })

  it('has nothing to say about a public address', () => {
    expect(addressRefusal('8.8.8.8')).toBeNull()
  })
})
