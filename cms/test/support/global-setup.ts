import { compileStrapi } from './strapi'

/** Compiles the TypeScript app once for every test file. */
export default async function setup(): Promise<void> {
  await compileStrapi({ appDir: process.cwd() })
}
