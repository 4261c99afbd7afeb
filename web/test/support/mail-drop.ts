import type { AddressInfo } from 'node:net'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface DroppedMail {
  to: string[]
  subject: string
  text: string
}

/**
 * A real SMTP server for the CMS to send through. It drops each message as a JSON file in `directory`,
 * because the tests that read them run in other processes than the global setup that starts it.
 */
export async function startMailDrop(directory: string): Promise<{ port: number, close: () => Promise<void> }> {
  fs.mkdirSync(directory, { recursive: true })
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then((parsed) => {
        const mail: DroppedMail = { to: session.envelope.rcptTo.map(address => address.address), subject: parsed.subject ?? '', text: parsed.text ?? '' }
        fs.writeFileSync(path.join(directory, `${Date.now()}-${crypto.randomUUID()}.json`), JSON.stringify(mail))
        callback()
      }, callback)
    },
  })
  // A sender that goes away mid-session (a CMS being stopped) resets its socket; that is no test failure.
  server.on('error', () => {})
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return { port, close: () => new Promise(resolve => server.close(() => resolve())) }
}

/** Every message dropped so far. */
export function droppedMail(directory: string): DroppedMail[] {
  return fs.readdirSync(directory)
    .filter(name => name.endsWith('.json'))
    .map(name => JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')) as DroppedMail)
}
