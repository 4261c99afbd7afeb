import type { IncomingFile } from '../../uploads/upload-checks'
import type { ImageFile } from '../../uploads/strip-location'
import type { ServiceFactory } from '../../utils/plugin-services'
import { checkUpload } from '../../uploads/upload-checks'
import { stripLocation } from '../../uploads/strip-location'
import { overrideService } from '../../utils/plugin-services'

interface UploadService {
  upload: (input: { data: unknown, files: IncomingFile | IncomingFile[] }, options?: unknown) => Promise<unknown>
  replace: (id: unknown, input: { data: unknown, file: IncomingFile }, options?: unknown) => Promise<unknown>
  getSettings: () => Promise<{ sizeOptimization?: boolean } | null>
  [method: string]: unknown
}

interface ImageService {
  optimize: (file: ImageFile) => Promise<ImageFile>
  [method: string]: unknown
}

interface UploadPlugin {
  services: { 'upload': ServiceFactory<UploadService>, 'image-manipulation': ImageService, [name: string]: unknown }
}

/**
 * The upload plugin, through its documented extension seam (src/extensions/<plugin>/strapi-server):
 * every upload and replacement, from the Media Library, a media field or the REST API, goes through
 * its upload service, which checks each file first (uploads/upload-checks.ts); every image it stores
 * goes through `optimize`, which here also drops location metadata (uploads/strip-location.ts).
 */
export default (plugin: UploadPlugin): UploadPlugin => {
  plugin.services.upload = overrideService(plugin.services.upload, service => ({
    async upload(input, options) {
      for (const file of [input.files].flat())
        await checkUpload(file)
      return service.upload(input, options)
    },
    async replace(id, input, options) {
      await checkUpload(input.file)
      return service.replace(id, input, options)
    },
  }))

  const images = plugin.services['image-manipulation']
  plugin.services['image-manipulation'] = {
    ...images,
    async optimize(file) {
      const settings = await strapi.plugin('upload').service('upload').getSettings() as { sizeOptimization?: boolean } | null
      return stripLocation(file, settings?.sizeOptimization === false ? 100 : 80)
    },
  }
  return plugin
}
