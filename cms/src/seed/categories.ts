import type { CategoryFields } from '@agency/shared'

export const categories: CategoryFields[] = [
  {
    name: 'Social Media',
    slug: 'social-media',
    description: 'Running social channels that earn attention: strategy, publishing, community and who should do the work.',
  },
  {
    name: 'Content',
    slug: 'content',
    description: 'Writing, blogging and the editorial habits that give people a reason to come back to your site.',
  },
  {
    name: 'Internet Marketing',
    slug: 'internet-marketing',
    description: 'Getting found and chosen online: search, email, advertising and measuring what works.',
  },
]
