import { z } from 'zod'
import { documentMetaSchema, slugSchema } from './common'

/** Where a lead stands in the team's follow-up; `stage`, as Strapi reserves `status` for drafts. */
export const ASSESSMENT_STAGES = ['new', 'in_review', 'contacted', 'won', 'lost'] as const
export const assessmentStageSchema = z.enum(ASSESSMENT_STAGES)

export const assessmentSubmissionSchema = documentMetaSchema.extend({
  name: z.string(),
  email: z.string(),
  company: z.string(),
  websiteUrl: z.string(),
  phone: z.string().nullable().optional(),
  message: z.string().nullable().optional(),
  consent: z.boolean(),
  consentAt: z.string().nullable(),
  sourcePage: z.string().nullable().optional(),
  stage: assessmentStageSchema,
  notes: z.string().nullable().optional(),
  auditReport: z.unknown().nullable().optional(),
  score: z.number().int().min(0).max(100).nullable().optional(),
  idempotencyKey: z.string(),
  services: z.array(z.object({ id: z.number().int(), documentId: z.string(), title: z.string(), slug: slugSchema })).optional(),
})

export type AssessmentStage = z.infer<typeof assessmentStageSchema>
export type AssessmentSubmission = z.infer<typeof assessmentSubmissionSchema>
