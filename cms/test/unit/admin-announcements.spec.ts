import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { dismissMediaLibraryBanner, GUIDED_TOUR_KEY, mediaLibraryBannerKey, skipGuidedTourOnce } from '../../src/admin/announcements'

/** A browser's localStorage, in memory. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>()
  get length() { return this.items.size }
  clear() { this.items.clear() }
  getItem(key: string) { return this.items.get(key) ?? null }
  key(index: number) { return [...this.items.keys()][index] ?? null }
  removeItem(key: string) { this.items.delete(key) }
  setItem(key: string, value: string) { this.items.set(key, value) }
}

/** A file of the admin's source as Strapi ships it. */
function strapiAdminSource(file: string): string {
  const fromStrapi = createRequire(createRequire(import.meta.url).resolve('@strapi/strapi/package.json'))
  const admin = path.dirname(fromStrapi.resolve('@strapi/admin/package.json'))
  return fs.readFileSync(path.join(admin, 'dist', 'admin', 'admin', 'src', file), 'utf8')
}

describe('admin announcements', () => {
  it('writes the keys Strapi\'s admin reads for its guided tour and its media-library banner', () => {
    expect(strapiAdminSource('components/GuidedTour/Context.mjs')).toContain(`STORAGE_KEY = '${GUIDED_TOUR_KEY}'`)
    expect(strapiAdminSource('components/GuidedTour/Context.mjs')).toMatch(/skip_all_tours[\s\S]*draft\.enabled = false/)
    const banner = strapiAdminSource('components/MediaLibraryBanner.mjs')
    expect(banner).toContain('useScopedPersistentState(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${isLegacyMediaLibrary}`, false)')
    expect(strapiAdminSource('hooks/usePersistentState.mjs')).toContain('const namespacedKey = `${key}:${uuid}`')
    expect(mediaLibraryBannerKey(false, 'abc')).toBe('STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false:abc')
  })

  it('turns the guided tour off in a new browser, as closing it does', () => {
    const storage = new MemoryStorage()
    skipGuidedTourOnce(storage)
    expect(JSON.parse(storage.getItem(GUIDED_TOUR_KEY) ?? 'null')).toEqual({ enabled: false })
  })

  it('keeps a browser\'s tour progress, and leaves a tour restarted later on', () => {
    const storage = new MemoryStorage()
    const progress = { tours: { contentManager: { currentStep: 2, isCompleted: false } }, enabled: true, hidden: false, completedActions: ['didCreateSchema'] }
    storage.setItem(GUIDED_TOUR_KEY, JSON.stringify(progress))
    skipGuidedTourOnce(storage)
    expect(JSON.parse(storage.getItem(GUIDED_TOUR_KEY) ?? 'null')).toEqual({ ...progress, enabled: false })

    storage.setItem(GUIDED_TOUR_KEY, JSON.stringify(progress))
    skipGuidedTourOnce(storage)
    expect(JSON.parse(storage.getItem(GUIDED_TOUR_KEY) ?? 'null')).toEqual(progress)
  })

  it('dismisses the media-library banner of this instance whichever Media Library is on', () => {
    const storage = new MemoryStorage()
    dismissMediaLibraryBanner(storage, false)
    expect(storage.getItem('STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false:false')).toBe('true')
    expect(storage.getItem('STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_true:false')).toBe('true')
  })
})
