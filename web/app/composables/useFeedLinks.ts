import { feedPath } from '@agency/shared/paths'

/**
 * Announces article feeds to browsers and feed readers (`<link rel="alternate">`): the blog's three
 * feeds from every page, and a category page's own three as well.
 */
export function useFeedLinks(name: string, category?: string): void {
  useHead({
    link: Object.values(FEED_FILES).map(feed => ({
      key: `${category ? 'category-' : ''}feed-${feed.format}`,
      rel: 'alternate',
      type: feed.type,
      title: `${name} (${feed.label})`,
      href: feedPath(feed.format, category),
    })),
  })
}
