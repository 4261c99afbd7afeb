/**
 * The API token the site's server uses to store assessment requests when neither side is configured,
 * so a fresh clone works with no setup. It is public knowledge: the CMS refuses it in production, where
 * ASSESSMENT_API_TOKEN (CMS) and NUXT_CMS_FORM_TOKEN (site) must hold one private value.
 */
export const DEV_ASSESSMENT_API_TOKEN = 'dev-only-assessment-form-token-do-not-use-in-production'

/**
 * Read token for drafts and secret for preview links when nothing is configured; public knowledge
 * like the token above, so production requires PREVIEW_API_TOKEN / PREVIEW_SECRET on both sides.
 */
export const DEV_PREVIEW_API_TOKEN = 'dev-only-preview-read-token-do-not-use-in-production'
export const DEV_PREVIEW_SECRET = 'dev-only-preview-signing-secret-do-not-use-in-production'

/** Signs the CMS's cache-purge webhook calls to the site when nothing is configured. */
export const DEV_REVALIDATE_SECRET = 'dev-only-revalidate-secret-do-not-use-in-production'

/**
 * Tells the CMS's public API limits that a read comes from the site's own server when nothing is
 * configured; production requires SITE_API_KEY (CMS) and NUXT_CMS_SITE_KEY (site).
 */
export const DEV_SITE_API_KEY = 'dev-only-site-api-key-do-not-use-in-production'
