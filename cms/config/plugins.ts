import type { Core } from '@strapi/strapi'
import { MEDIA_LIMITS, UPLOAD_ALLOWED_TYPES } from '@agency/shared'
import { uploadPluginConfig } from '../src/upload/object-storage'
import { secret } from '../src/utils/secrets'

/** SMTP when SMTP_HOST is set; otherwise messages are only rendered, logged by nodemailer, not sent. */
function mailTransport(env: Core.Config.Shared.ConfigParams['env']) {
  const host = env('SMTP_HOST', '')
  if (!host)
    return { jsonTransport: true }
  const user = env('SMTP_USER', '')
  return {
    host,
    port: env.int('SMTP_PORT', 587),
    secure: env.bool('SMTP_SECURE', false),
    ...(user ? { auth: { user, pass: env('SMTP_PASS', '') } } : {}),
  }
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  // Checked on each file's content by the upload plugin; sizes, pixels and SVG scripts by
  // src/uploads/upload-checks.ts, with messages for editors.
  'upload': {
    config: {
      sizeLimit: MEDIA_LIMITS.maxBytes,
      security: { allowedTypes: [...UPLOAD_ALLOWED_TYPES] },
      // Local disk by default; S3-compatible object storage when configured (src/upload/object-storage.ts).
      ...uploadPluginConfig(),
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: secret('JWT_SECRET'),
    },
  },
  'email': {
    config: {
      provider: 'nodemailer',
      providerOptions: mailTransport(env),
      settings: {
        defaultFrom: env('EMAIL_FROM', 'Kestrel Digital <hello@kestrel.example>'),
        defaultReplyTo: env('EMAIL_REPLY_TO', 'hello@kestrel.example'),
      },
    },
  },
})

export default config
