import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve(import.meta.dirname, '../../src')

/**
 * Attribute names Strapi 5 keeps for itself (`reservedAttributes` in @strapi/utils, compared in snake
 * case). One of them on a content type breaks the admin: a lead's `status` showed "Published" and could
 * not be saved.
 */
const RESERVED = new Set(['id', 'document_id', 'created_at', 'updated_at', 'published_at', 'created_by_id', 'updated_by_id', 'created_by', 'updated_by', 'entry_id', 'status', 'localizations', 'meta', 'locale', '__component', '__content_type'])
const RESERVED_PREFIXES = ['strapi', '_strapi', '__strapi']

const snakeCase = (name: string) => name.replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase()

function reservedName(name: string): boolean {
  const snake = snakeCase(name)
  return RESERVED.has(snake) || RESERVED_PREFIXES.some(prefix => snake.startsWith(prefix))
}

function schemaFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory())
      return schemaFiles(full)
    const isSchema = entry.name === 'schema.json' || full.includes(`${path.sep}components${path.sep}`)
    return isSchema && entry.name.endsWith('.json') ? [full] : []
  })
}

describe('attribute names', () => {
  const files = schemaFiles(SRC)

  it('finds every content type and component', () => {
    expect(files.filter(file => file.endsWith('schema.json')).length).toBeGreaterThanOrEqual(5)
    expect(files.filter(file => file.includes(`${path.sep}components${path.sep}`)).length).toBeGreaterThanOrEqual(1)
  })

  it('tells reserved names apart however they are written', () => {
    expect(['status', 'documentId', 'publishedAt', 'locale', 'strapiStage', 'meta'].filter(reservedName)).toHaveLength(6)
    expect(['stage', 'statusNote', 'metadata', 'localeHint', 'title'].filter(reservedName)).toEqual([])
  })

  it.each(files.map(file => [path.relative(SRC, file), file]))('%s uses none that Strapi 5 reserves', (_name, file) => {
    const { attributes } = JSON.parse(fs.readFileSync(file, 'utf8')) as { attributes: Record<string, unknown> }
    expect(Object.keys(attributes).filter(reservedName)).toEqual([])
  })
})
