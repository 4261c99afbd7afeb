import { requireAdminPermission } from '../../utils/admin-route-permission'

/** The internationalization settings are saved only by those who may change its settings page, the locales. */
export default requireAdminPermission('PUT', '/settings', 'plugin::i18n.locale.update')
