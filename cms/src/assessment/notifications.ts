import type { Core } from '@strapi/strapi'

const UID = 'api::assessment-submission.assessment-submission'

interface Submission {
  documentId: string
  name: string
  email: string
  company: string
  websiteUrl: string
  phone?: string | null
  message?: string | null
  sourcePage?: string | null
  services?: Array<{ title: string }>
  createdAt: string
}

interface EmailService {
  send: (message: { to: string, subject: string, text: string, replyTo?: string }) => Promise<unknown>
}

function adminLink(strapi: Core.Strapi, documentId: string): string {
  const origin = strapi.config.get<string>('server.absoluteUrl', 'http://localhost:1337')
  return `${origin}/admin/content-manager/collection-types/${UID}/${documentId}`
}

export function editorsMessage(submission: Submission, agencyName: string, link: string) {
  const services = submission.services?.map(service => service.title).join(', ') || 'not specified'
  return {
    subject: `New FREE Website Assessment request: ${submission.company}`,
    text: [
      `${submission.name} from ${submission.company} asked for a FREE Website Assessment.`,
      '',
      `Website:   ${submission.websiteUrl}`,
      `Email:     ${submission.email}`,
      `Phone:     ${submission.phone || 'not given'}`,
      `Interests: ${services}`,
      `Sent from: ${submission.sourcePage || 'the assessment page'}`,
      '',
      'Message:',
      submission.message || '(none)',
      '',
      `The automated audit is running now; its score appears on the entry when it is done:`,
      link,
      '',
      `— ${agencyName} website`,
    ].join('\n'),
    replyTo: submission.email,
  }
}

export function visitorMessage(submission: Submission, agencyName: string, contactEmail: string) {
  return {
    subject: `We've received your FREE Website Assessment request`,
    text: [
      `Hi ${submission.name},`,
      '',
      `Thank you for asking us to look at ${submission.websiteUrl}. Here is what happens next:`,
      '',
      '1. Our tools are checking your site\'s speed, search basics, mobile view and security right now.',
      '2. Within two business days, one of our team reviews the results with your goals in mind.',
      '3. We send you a short, plain-language report with what would make the biggest difference.',
      '',
      'There is no cost and no obligation. If you have questions in the meantime, just reply to this email.',
      '',
      `The ${agencyName} team`,
      contactEmail,
    ].join('\n'),
    replyTo: contactEmail,
  }
}

/**
 * Emails the team (NOTIFY_EMAIL, else the contact address in the global settings) and confirms to the
 * visitor. A failed email is logged and never affects the stored submission.
 */
export async function notifySubmission(strapi: Core.Strapi, documentId: string): Promise<void> {
  const submission = await strapi.documents(UID).findOne({ documentId, populate: { services: { fields: ['title'] } } }) as Submission | null
  const global = await strapi.documents('api::global.global').findFirst()
  if (!submission)
    return
  const agencyName = global?.agencyName ?? 'Our agency'
  const contactEmail = global?.contactEmail ?? ''
  const editors = process.env.NOTIFY_EMAIL?.trim() || contactEmail
  const email = strapi.plugin('email').service('email') as EmailService

  const deliveries = [
    { to: editors, ...editorsMessage(submission, agencyName, adminLink(strapi, documentId)) },
    { to: submission.email, ...visitorMessage(submission, agencyName, contactEmail) },
  ].filter(message => message.to)
  const results = await Promise.allSettled(deliveries.map(message => email.send(message)))
  results.forEach((result, index) => {
    if (result.status === 'rejected')
      strapi.log.error(`[email] could not send "${deliveries[index]?.subject}" for submission ${documentId}: ${result.reason instanceof Error ? result.reason.message : String(result.reason)}`)
  })
}
