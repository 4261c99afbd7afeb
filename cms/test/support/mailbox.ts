import type { AddressInfo } from 'node:net'
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

/** Undoes quoted-printable transfer encoding, which nodemailer uses for non-ASCII text. */
function decodeQuotedPrintable(body: string): string {
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
  return Buffer.from(bytes, 'latin1').toString('utf8')
}

function splitHeaders(raw: string): { headers: string, body: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/)
  return { headers: head.replace(/\r?\n[ \t]+/g, ' '), body: rest.join('\n\n') }
}

/** The text/plain content of a message, whether it is a single part or multipart. */
function plainText(raw: string): string {
  const { headers, body } = splitHeaders(raw)
  const boundary = headers.match(/boundary="?([^";\r\n]+)"?/i)?.[1]
  if (boundary) {
    const parts = body.split(`--${boundary}`)
    const textPart = parts.find(part => /Content-Type: text\/plain/i.test(part))
    return textPart ? plainText(textPart.replace(/^\r?\n/, '')) : ''
  }
  return /^Content-Transfer-Encoding: quoted-printable/im.test(headers) ? decodeQuotedPrintable(body) : body
}

function parse(raw: string, from: string, to: string[]): ReceivedMail {
  const subject = splitHeaders(raw).headers.match(/^Subject: (.*)$/m)?.[1] ?? ''
  return { from, to, subject, text: plainText(raw) }
}

/** A real SMTP server on a free local port that keeps every message it accepts. */
export async function startMailbox(): Promise<Mailbox> {
  const messages: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : ''
        messages.push(parse(Buffer.concat(chunks).toString('utf8'), from, session.envelope.rcptTo.map(address => address.address)))
        callback()
      })
    },
  })
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
