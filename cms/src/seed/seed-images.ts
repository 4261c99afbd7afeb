import type { Core } from '@strapi/strapi'
import type { SeedImage } from './case-studies'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

interface UploadedFile {
  id: number
}

/** The upload plugin's service, as far as the seed uses it: files on disk in, Media Library entries out. */
interface UploadService {
  upload: (input: {
    data: { fileInfo: { name: string, alternativeText: string, caption: string | null } }
    files: { filepath: string, originalFilename: string, mimetype: string, size: number }
  }) => Promise<UploadedFile[]>
}

/**
 * Puts a picture the seed draws into the Media Library with its description, and returns its id. A
 * picture of that name already there is used as it is, so a second run uploads nothing.
 */
export async function seedImage(strapi: Core.Strapi, image: SeedImage): Promise<number> {
  const existing = await strapi.db.query('plugin::upload.file').findOne({ where: { name: image.name }, select: ['id'] }) as UploadedFile | null
  if (existing)
    return existing.id
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'agency-seed-'))
  try {
    const filepath = path.join(dir, image.name)
    const { size } = await sharp(Buffer.from(image.svg())).jpeg({ quality: 82, mozjpeg: true }).toFile(filepath)
    const upload = strapi.plugin('upload').service('upload') as UploadService
    const [file] = await upload.upload({
      data: { fileInfo: { name: image.name, alternativeText: image.alternativeText, caption: null } },
      files: { filepath, originalFilename: image.name, mimetype: 'image/jpeg', size },
    })
    if (!file)
      throw new Error(`The Media Library did not store the seed image "${image.name}"`)
    return file.id
  }
  finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}
