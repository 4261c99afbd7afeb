import fs from 'node:fs'

/** Debian's Chromium, unless CHROMIUM_PATH names another build. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * For a machine whose network reaches nothing outside, and a container without a sandbox: no GPU, no
 * QUIC, no first-run page and no background calls home. Each caller adds its own headless flag.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Why browser tests cannot run here, or null when Chromium is installed. */
export function chromiumUnavailableReason(): string | null {
  return fs.existsSync(CHROMIUM_PATH) ? null : `Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium)`
}
