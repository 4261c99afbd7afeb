import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { listenOnLoopback } from './ports'
import { eventually } from './wait'

export interface ReceivedMail {
  from: string
  to: string[]
  subject: string
  /** The decoded text part. */
  text: string
}

export interface SmtpServer {
  port: number
  close: () => Promise<void>
}

/**
 * A real SMTP server on a free loopback port, without TLS or authentication, as the CMS's nodemailer
 * provider meets a relay; it hands each message it accepts to `receive`.
 */
async function startSmtpServer(receive: (mail: ReceivedMail) => void): Promise<SmtpServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then((parsed) => {
        receive({
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
  const port = await listenOnLoopback(server.server)
  return { port, close: () => new Promise(resolve => server.close(() => resolve())) }
}

export interface Mailbox extends SmtpServer {
  messages: ReceivedMail[]
  /** Resolves with the first message matching, waiting up to `timeoutMs`. */
  waitFor: (match: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>
}

/** An SMTP server that keeps every message in memory, for tests in the process that started it. */
export async function startMailbox(): Promise<Mailbox> {
  const messages: ReceivedMail[] = []
  const server = await startSmtpServer(mail => messages.push(mail))
  return {
    ...server,
    messages,
    waitFor: (match, timeoutMs = 10_000) => eventually(() => messages.find(match), {
      timeoutMs,
      intervalMs: 50,
      awaiting: () => `a matching email; received: ${messages.map(mail => `${mail.to.join(',')}: ${mail.subject}`).join(' | ') || 'nothing'}`,
    }),
  }
}

/**
 * An SMTP server that drops each message as a JSON file in `directory`, for tests that run in other
 * processes than the one that started it (a global setup).
 */
export async function startMailDrop(directory: string): Promise<SmtpServer> {
  fs.mkdirSync(directory, { recursive: true })
  return startSmtpServer((mail) => {
    fs.writeFileSync(path.join(directory, `${Date.now()}-${crypto.randomUUID()}.json`), JSON.stringify(mail))
  })
}

/** Every message dropped in `directory` so far. */
export function droppedMail(directory: string): ReceivedMail[] {
  return fs.readdirSync(directory)
    .filter(name => name.endsWith('.json'))
    .map(name => JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')) as ReceivedMail)
}
