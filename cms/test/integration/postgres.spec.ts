import { describeWithCms } from '../support/suite'
import { adminPermissionsSuite } from './suites/admin-permissions'
import { apiCacheSuite } from './suites/api-cache'
import { assessmentsSuite } from './suites/assessments'
import { bootstrapSuite } from './suites/bootstrap'
import { contentApiSuite } from './suites/content-api'
import { editorDeskSuite } from './suites/editor-desk'
import { leadDeskSuite } from './suites/lead-desk'
import { migrationsSuite } from './suites/migrations'
import { openApiSuite } from './suites/openapi'
import { pagesSuite } from './suites/pages'
import { permissionMatrixSuite } from './suites/permissions'

await describeWithCms('postgres', [contentApiSuite, permissionMatrixSuite, bootstrapSuite, assessmentsSuite, openApiSuite, apiCacheSuite, migrationsSuite, editorDeskSuite, leadDeskSuite, adminPermissionsSuite, pagesSuite])
