import fs from 'node:fs'
import path from 'node:path'
import { appRoot } from '../../../utils/app-root'

const DOCUMENT = path.join(appRoot(), 'openapi.json')

/** Serves the committed OpenAPI document of the REST API (regenerate with `pnpm --filter @agency/cms openapi`). */
export default {
  async document(ctx: { type: string, body: unknown, set: (name: string, value: string) => void }) {
    ctx.type = 'application/json'
    ctx.set('Cache-Control', 'public, max-age=300')
    ctx.body = await fs.promises.readFile(DOCUMENT, 'utf8')
  },
}
