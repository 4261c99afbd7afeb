import type { PageBlockName } from '@agency/shared'
import type { Component } from 'vue'
import BlockAssessmentForm from '~/components/blocks/BlockAssessmentForm.vue'
import BlockClientLogos from '~/components/blocks/BlockClientLogos.vue'
import BlockCtaBanner from '~/components/blocks/BlockCtaBanner.vue'
import BlockFaq from '~/components/blocks/BlockFaq.vue'
import BlockFigures from '~/components/blocks/BlockFigures.vue'
import BlockHero from '~/components/blocks/BlockHero.vue'
import BlockImageText from '~/components/blocks/BlockImageText.vue'
import BlockLatestArticles from '~/components/blocks/BlockLatestArticles.vue'
import BlockProcessSteps from '~/components/blocks/BlockProcessSteps.vue'
import BlockRichText from '~/components/blocks/BlockRichText.vue'
import BlockSelectedWork from '~/components/blocks/BlockSelectedWork.vue'
import BlockServicesGrid from '~/components/blocks/BlockServicesGrid.vue'
import BlockTestimonials from '~/components/blocks/BlockTestimonials.vue'

/**
 * The component that renders each kind of block, by its CMS component name. Each takes the block and
 * its heading (utils/page-headings.ts). A kind missing here fails the type check, not a page.
 */
export const BLOCK_COMPONENTS: Record<PageBlockName, Component> = {
  'blocks.hero': BlockHero,
  'blocks.rich-text': BlockRichText,
  'blocks.services-grid': BlockServicesGrid,
  'blocks.latest-articles': BlockLatestArticles,
  'blocks.process-steps': BlockProcessSteps,
  'blocks.faq': BlockFaq,
  'blocks.testimonials': BlockTestimonials,
  'blocks.figures': BlockFigures,
  'blocks.cta-banner': BlockCtaBanner,
  'blocks.image-text': BlockImageText,
  'blocks.client-logos': BlockClientLogos,
  'blocks.assessment-form': BlockAssessmentForm,
  'blocks.selected-work': BlockSelectedWork,
}
