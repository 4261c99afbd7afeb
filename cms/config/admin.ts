import type { Core } from '@strapi/strapi'
import { previewUrl, siteUrl } from '../src/utils/preview-url'
import { secret } from '../src/utils/secrets'

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: { secret: secret('ADMIN_JWT_SECRET') },
  apiToken: { salt: secret('API_TOKEN_SALT') },
  transfer: { token: { salt: secret('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: secret('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // Strapi's AI features send content to Strapi's cloud; this CMS keeps its content to itself.
  ai: { enabled: false },
  preview: {
    enabled: env.bool('PREVIEW_ENABLED', true),
    config: {
      allowedOrigins: [siteUrl()],
      handler: (uid: string, { documentId, status }: { documentId: string, status?: string }) => previewUrl(strapi, uid, documentId, status),
    },
  },
})

export default config
