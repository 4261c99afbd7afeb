import fs from 'node:fs'
import path from 'node:path'

/**
 * The CMS package folder. Config is compiled into dist/config, so paths relative to `__dirname`
 * differ between source and build; the nearest package.json is the same from both.
 */
export function appRoot(from: string = __dirname): string {
  let dir = from
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir)
      throw new Error(`No package.json above ${from}`)
    dir = parent
  }
  return dir
}
