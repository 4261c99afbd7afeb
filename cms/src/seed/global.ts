import type { GlobalFields } from '@agency/shared'
import { assessmentPath, blogPath, contentPagePath, servicePath, servicesPath, workPath } from '@agency/shared'
import { services } from './services'

export const global: GlobalFields = {
  agencyName: 'Kestrel Digital',
  tagline: 'Websites and marketing that bring in business.',
  contactEmail: 'hello@kestrel.example',
  contactPhone: '+1 (555) 010-4200',
  address: '200 Harbor Street, Suite 4\nPortland, OR 97204',
  navigation: [
    {
      label: 'I need',
      links: services.map(service => ({ label: service.title, href: servicePath(service.slug) })),
    },
    { label: 'Work', href: workPath(), links: [] },
    { label: 'Blog', href: blogPath(), links: [] },
    { label: 'About', href: contentPagePath('about'), links: [] },
  ],
  cta: { label: 'FREE Website Assessment', href: assessmentPath() },
  footer: {
    blurb: 'A small studio of designers, developers and marketers helping growing businesses win customers online.',
    links: [
      { label: 'Services', href: servicesPath() },
      { label: 'Work', href: workPath() },
      { label: 'Blog', href: blogPath() },
      { label: 'About', href: contentPagePath('about') },
      { label: 'FREE Website Assessment', href: assessmentPath() },
      { label: 'Privacy', href: contentPagePath('privacy') },
      { label: 'Terms', href: contentPagePath('terms') },
    ],
    copyright: 'Kestrel Digital. All rights reserved.',
  },
  defaultSeo: {
    metaTitle: 'Kestrel Digital — web design and marketing',
    metaDescription: 'Kestrel Digital designs fast, accessible websites and runs the marketing that fills them with customers. Start with a FREE Website Assessment.',
    noIndex: false,
  },
}
