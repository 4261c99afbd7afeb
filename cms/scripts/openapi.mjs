// Regenerates openapi.json: Strapi's generator, then the corrections in src/openapi/document.ts.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import process from 'node:process'

const require = createRequire(import.meta.url)
const root = path.resolve(import.meta.dirname, '..')
const strapiBin = path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js')
const raw = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-')), 'generated.json')

const generated = spawnSync(process.execPath, [strapiBin, 'openapi', 'generate', '-o', raw], { cwd: root, stdio: 'inherit' })
if (generated.status !== 0)
  process.exit(generated.status ?? 1)

const { buildOpenApiDocument } = require(path.join(root, 'dist', 'src', 'openapi', 'document.js'))
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
const document = buildOpenApiDocument(JSON.parse(fs.readFileSync(raw, 'utf8')), version)
fs.writeFileSync(path.join(root, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`)
console.info(`[openapi] wrote openapi.json with ${Object.keys(document.paths).length} paths`)
