/**
 * The cache tags a CMS change affects. Pages and CMS reads are tagged with what they show (see the
 * composables and API routes); this maps a Strapi webhook event to those tags. Entries are tagged by
 * document id as well as slug, so renaming a slug also purges the page at the old address.
 */
export interface CmsWebhookEvent {
  event?: string
  model?: string
  entry?: { documentId?: string, slug?: string }
}

export function tagsForCmsEvent({ model, entry = {} }: CmsWebhookEvent): string[] {
  const { documentId, slug } = entry
  const own = (kind: string) => [documentId && `${kind}-doc:${documentId}`, slug && `${kind}:${slug}`].filter((tag): tag is string => Boolean(tag))
  switch (model) {
    case 'article':
      return ['articles', ...own('article'), 'sitemap', 'feeds']
    case 'service':
      return ['services', ...own('service'), 'sitemap']
    case 'category':
      // Articles show their categories, so their pages and lists change with a category's name.
      return ['categories', 'articles', ...own('category'), 'sitemap', 'feeds']
    case 'global':
      return ['global']
    default:
      return []
  }
}
