import type { Core } from '@strapi/strapi'
import type { ViewConfigurationService } from '../admin-fields/configuration'

interface ListView {
  columns: string[]
  sortBy: string
  sortOrder: 'ASC' | 'DESC'
  mainField: string
}

/** The columns and order editors see first in each content type's list. */
export const LIST_VIEWS: Record<string, ListView> = {
  'api::service.service': { columns: ['title', 'order', 'summary', 'publishAt', 'unpublishAt', 'updatedAt'], sortBy: 'order', sortOrder: 'ASC', mainField: 'title' },
  'api::article.article': { columns: ['title', 'publishedDate', 'categories', 'publishAt', 'unpublishAt', 'updatedAt'], sortBy: 'publishedDate', sortOrder: 'DESC', mainField: 'title' },
  'api::page.page': { columns: ['title', 'slug', 'publishAt', 'unpublishAt', 'updatedAt'], sortBy: 'title', sortOrder: 'ASC', mainField: 'title' },
  'api::testimonial.testimonial': { columns: ['name', 'company', 'quote', 'updatedAt'], sortBy: 'updatedAt', sortOrder: 'DESC', mainField: 'name' },
  'api::category.category': { columns: ['name', 'slug', 'description'], sortBy: 'name', sortOrder: 'ASC', mainField: 'name' },
  'api::redirect.redirect': { columns: ['from', 'to', 'type', 'enabled', 'updatedAt'], sortBy: 'from', sortOrder: 'ASC', mainField: 'from' },
  'api::assessment-submission.assessment-submission': {
    columns: ['name', 'company', 'websiteUrl', 'score', 'stage', 'createdAt'],
    sortBy: 'createdAt',
    sortOrder: 'DESC',
    mainField: 'name',
  },
}

/** Bump to apply changed defaults once more over editors' own list settings. */
const LIST_VIEWS_VERSION = 4
const STORE_KEY = { type: 'plugin', name: 'agency', key: 'admin-list-views-version' }

/**
 * Sets useful list views for editors (leads newest first with their score and stage, services in
 * display order). Applied once per version, so columns an editor rearranges later stay as they are.
 */
export async function applyAdminListViews(strapi: Core.Strapi): Promise<void> {
  if (await strapi.store.get(STORE_KEY) === LIST_VIEWS_VERSION)
    return
  const contentTypes = strapi.plugin('content-manager').service('content-types') as ViewConfigurationService
  for (const [uid, view] of Object.entries(LIST_VIEWS)) {
    const { settings, metadatas, layouts } = await contentTypes.findConfiguration({ uid })
    await contentTypes.updateConfiguration({ uid }, {
      settings: { ...settings, defaultSortBy: view.sortBy, defaultSortOrder: view.sortOrder, mainField: view.mainField },
      metadatas,
      layouts: { ...layouts, list: view.columns },
    })
  }
  await strapi.store.set({ ...STORE_KEY, value: LIST_VIEWS_VERSION })
  strapi.log.info('[admin] list views set for services, articles, categories, redirects and assessment submissions')
}
