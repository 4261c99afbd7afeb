import { requireAdminPermission } from '../../utils/admin-route-permission'

/** A component's layout, field labels for editors included, is changed only by those who may configure it. */
export default requireAdminPermission('PUT', '/components/:uid/configuration', 'plugin::content-manager.components.configure-layout')
