import type { StrapiApp } from '@strapi/strapi/admin'
import type { ComponentType } from 'react'
import { ChartPie, Pencil, Sparkle } from '@strapi/icons'
import { AUDIT_REPORT_FIELD } from '../../lead-desk/audit-report-field'
import { SUBMISSIONS_UID } from './desk-api'
import { ExportLeadsAction } from './ExportLeadsAction'

const readLeads = [{ action: 'plugin::content-manager.explorer.read', subject: SUBMISSIONS_UID }]

/** The audit report field and the home page's widgets; called from the admin's register(). */
export function registerLeadDesk(app: StrapiApp): void {
  app.customFields.register({
    ...AUDIT_REPORT_FIELD,
    intlLabel: { id: 'lead-desk.audit-report.label', defaultMessage: 'Website audit' },
    intlDescription: { id: 'lead-desk.audit-report.description', defaultMessage: 'The automated audit of the lead\'s website, shown as a report.' },
    // The Content Manager hands custom inputs their field's props; Strapi's type declares none.
    components: { Input: async () => ({ default: (await import('./audit-report/AuditReportField')).default as ComponentType }) },
  })
  app.widgets.register([
    {
      id: 'new-leads',
      icon: ChartPie,
      title: { id: 'lead-desk.widgets.new-leads', defaultMessage: 'New leads this week' },
      link: { label: { id: 'lead-desk.widgets.all-leads', defaultMessage: 'All leads' }, href: `/content-manager/collection-types/${SUBMISSIONS_UID}` },
      component: () => import('./widgets/NewLeadsWidget').then(module => module.default),
      permissions: readLeads,
    },
    {
      id: 'latest-audits',
      icon: Sparkle,
      title: { id: 'lead-desk.widgets.latest-audits', defaultMessage: 'Latest website audits' },
      component: () => import('./widgets/LatestAuditsWidget').then(module => module.default),
      permissions: readLeads,
    },
    {
      id: 'drafts-waiting',
      icon: Pencil,
      title: { id: 'lead-desk.widgets.drafts', defaultMessage: 'Drafts waiting to be published' },
      component: () => import('./widgets/DraftsWidget').then(module => module.default),
    },
  ])
}

/** The CSV export in the submissions' list; called from the admin's bootstrap(), once plugins exist. */
export function injectLeadExport(app: Pick<StrapiApp, 'getPlugin'>): void {
  app.getPlugin('content-manager').injectComponent('listView', 'actions', { name: 'export-leads', Component: ExportLeadsAction })
}
