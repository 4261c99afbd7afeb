/**
 * The API token the site's server uses to store assessment requests when neither side is configured,
 * so a fresh clone works with no setup. It is public knowledge: the CMS refuses it in production, where
 * ASSESSMENT_API_TOKEN (CMS) and NUXT_CMS_FORM_TOKEN (site) must hold one private value.
 */
export const DEV_ASSESSMENT_API_TOKEN = 'dev-only-assessment-form-token-do-not-use-in-production'
