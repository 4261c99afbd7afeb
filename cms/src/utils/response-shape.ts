export interface ResponseShape {
  /** Exactly what every response of the type populates; callers cannot widen or narrow it. */
  populate: Record<string, unknown>
  /** Order used when the caller does not ask for one. */
  defaultSort?: string[]
}

/** Media fields worth sending: enough for responsive images, nothing about storage internals. */
export const MEDIA_FIELDS = ['url', 'alternativeText', 'caption', 'width', 'height', 'mime', 'formats', 'updatedAt'] as const

export const SEO_POPULATE = { populate: { shareImage: { fields: MEDIA_FIELDS } } }
