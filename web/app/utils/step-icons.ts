import type { StepIcon } from '@agency/shared'
import type { AssessmentStep } from '~/components/assessment/AssessmentSteps.vue'

/** The drawing for each icon editors may give a process step. */
const STEP_ICON_NAMES: Readonly<Record<StepIcon, IconName>> = {
  sparkles: 'Sparkles',
  clock: 'Clock',
  shield: 'ShieldCheck',
  mail: 'Mail',
  search: 'Search',
  pen: 'PenTool',
  chart: 'TrendingUp',
  check: 'Check',
}

/** A block's steps drawn with their icons, when every step has one; null when they are numbered. */
export function stepsWithIcons(steps: ReadonlyArray<{ title: string, text: string, icon?: StepIcon | null }>): AssessmentStep[] | null {
  if (steps.length === 0 || steps.some(step => !step.icon))
    return null
  return steps.map(({ title, text, icon }) => ({ title, text, icon: STEP_ICON_NAMES[icon as StepIcon] }))
}
