/**
 * The lead's website audit, stored as JSON and shown in the admin as a report a person reads
 * (src/admin/lead-desk/audit-report/AuditReportField.tsx) instead of a JSON editor.
 */
export const AUDIT_REPORT_FIELD = { name: 'audit-report', type: 'json' } as const

export const AUDIT_REPORT_FIELD_UID = `global::${AUDIT_REPORT_FIELD.name}`
