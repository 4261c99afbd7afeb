import { describe, expect, it } from 'vitest'
import { createPublicPermissionsMemo, PUBLIC_PERMISSIONS_LIFETIME_MS } from '../../src/public-api/public-permissions'

const find = { action: 'api::article.article.find' }
const findOne = { action: 'api::article.article.findOne' }

/** A memo on a clock the test moves, over a "database" that counts its reads. */
function memoOver(...answers: Array<Array<{ action: string }> | Error>) {
  let time = 0
  const changes: number[] = []
  const reads = { count: 0 }
  const memo = createPublicPermissionsMemo({ now: () => time, onChange: async () => void changes.push(time) })
  const read = () => memo.read(async () => {
    const answer = answers[Math.min(reads.count++, answers.length - 1)]
    if (answer instanceof Error)
      throw answer
    return answer ?? []
  })
  return { memo, read, reads, changes, advance: (ms: number) => void (time += ms) }
}

describe('the public role\'s permissions memo', () => {
  it('reads the database once while the permissions are younger than their lifetime', async () => {
    const { read, reads, advance } = memoOver([find])
    expect(await Promise.all([read(), read()])).toEqual([[find], [find]])
    advance(PUBLIC_PERMISSIONS_LIFETIME_MS - 1)
    await read()
    expect(reads.count).toBe(1)
    advance(1)
    await read()
    expect(reads.count).toBe(2)
  })

  it('reads again at once when told the permissions changed', async () => {
    const { memo, read, reads } = memoOver([find], [find, findOne])
    await read()
    memo.forget()
    expect(await read()).toEqual([find, findOne])
    expect(reads.count).toBe(2)
  })

  it('reports a change it finds, and not a read that finds the same permissions', async () => {
    const { read, changes, advance } = memoOver([find, findOne], [findOne, find], [find])
    await read()
    advance(PUBLIC_PERMISSIONS_LIFETIME_MS)
    await read()
    expect(changes).toEqual([])
    advance(PUBLIC_PERMISSIONS_LIFETIME_MS)
    await read()
    expect(changes).toEqual([2 * PUBLIC_PERMISSIONS_LIFETIME_MS])
  })

  it('keeps no failed read: the next request asks the database again', async () => {
    const { read, reads } = memoOver(new Error('database gone'), [find])
    await expect(read()).rejects.toThrow('database gone')
    expect(await read()).toEqual([find])
    expect(reads.count).toBe(2)
  })
})
