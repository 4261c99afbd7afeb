/** The cookie that switches the site into draft preview for one browser. */
export const PREVIEW_COOKIE = 'agency-preview'
