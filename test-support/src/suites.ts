import { describe, it } from 'vitest'
import { postgresUnavailableReason } from './postgres'
import { redisUnavailableReason } from './redis'

/**
 * Declares tests that need something this machine may lack; `unavailable` says what is missing, or is
 * null. Without it the tests are skipped with the reason in the suite's name, except under CI=true,
 * which must provide everything: there a missing service fails instead of passing unseen.
 */
export function describeIfAvailable(name: string, unavailable: string | null, tests: () => void): void {
  if (unavailable === null) {
    describe(name, tests)
  }
  else if (process.env.CI === 'true') {
    describe(name, () => {
      it('has what it needs, which CI=true requires', () => {
        throw new Error(unavailable)
      })
    })
  }
  else {
    console.warn(`Skipping "${name}": ${unavailable}`)
    describe.skip(`${name} — skipped: ${unavailable}`, tests)
  }
}

export type Service = 'postgres' | 'redis'

const PROBES: Record<Service, () => Promise<string | null>> = {
  postgres: postgresUnavailableReason,
  redis: redisUnavailableReason,
}
const probed = new Map<Service, Promise<string | null>>()

/** Why any of `services` cannot be used here, or null when each answers; each is probed once per test file. */
export async function servicesUnavailableReason(services: Service[]): Promise<string | null> {
  const reasons = await Promise.all(services.map((service) => {
    const probe = probed.get(service) ?? PROBES[service]()
    probed.set(service, probe)
    return probe
  }))
  return reasons.filter(reason => reason !== null).join('; ') || null
}

/** `describeIfAvailable` for tests that need the test PostgreSQL, Redis or both. */
export async function describeWithServices(services: Service[], name: string, tests: () => void): Promise<void> {
  describeIfAvailable(name, await servicesUnavailableReason(services), tests)
}
