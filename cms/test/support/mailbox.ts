import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  from: string
  to: string[]
  subject: string
  /** The decoded text part. */
  text: string
}

export interface Mailbox {
  port: number
  messages: ReceivedMail[]
  /** Resolves with the first message matching, waiting up to `timeoutMs`. */
  waitFor: (match: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>
  close: () => Promise<void>
}

/** A real SMTP server on a free local port that keeps every message it accepts. */
export async function startMailbox(): Promise<Mailbox> {
  const messages: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then((parsed) => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map(address => address.address),
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
        })
        callback()
      }, callback)
    },
  })
  // A sender that goes away mid-session (a CMS being stopped) resets its socket; that is no test failure.
  server.on('error', () => {})
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo

  return {
    port,
    messages,
    async waitFor(match, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = messages.find(match)
        if (found)
          return found
        if (Date.now() > deadline)
          throw new Error(`No matching email within ${timeoutMs} ms; received: ${messages.map(mail => `${mail.to.join(',')}: ${mail.subject}`).join(' | ') || 'nothing'}`)
        await new Promise(resolve => setTimeout(resolve, 50))
      }
    },
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
