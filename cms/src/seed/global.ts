import type { GlobalFields } from '@agency/shared'
import { services } from './services'

const ASSESSMENT_PATH = '/free-website-assessment'

export const global: GlobalFields = {
  agencyName: 'Kestrel Digital',
  tagline: 'Websites and marketing that bring in business.',
  contactEmail: 'hello@kestrel.example',
  contactPhone: '+1 (555) 010-4200',
  address: '200 Harbor Street, Suite 4\nPortland, OR 97204',
  navigation: [
    {
      label: 'I need',
      links: services.map(service => ({ label: service.title, href: `/services/${service.slug}` })),
    },
    { label: 'Blog', href: '/blog', links: [] },
    { label: 'About', href: '/about', links: [] },
  ],
  cta: { label: 'FREE Website Assessment', href: ASSESSMENT_PATH },
  footer: {
    blurb: 'A small studio of designers, developers and marketers helping growing businesses win customers online.',
    links: [
      { label: 'Services', href: '/services' },
      { label: 'Blog', href: '/blog' },
      { label: 'About', href: '/about' },
      { label: 'FREE Website Assessment', href: ASSESSMENT_PATH },
      { label: 'Privacy', href: '/privacy' },
      { label: 'Terms', href: '/terms' },
    ],
    copyright: 'Kestrel Digital. All rights reserved.',
  },
  defaultSeo: {
    metaTitle: 'Kestrel Digital — web design and marketing',
    metaDescription: 'Kestrel Digital designs fast, accessible websites and runs the marketing that fills them with customers. Start with a FREE Website Assessment.',
    noIndex: false,
  },
}
