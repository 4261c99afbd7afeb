import { describe, expect, it } from 'vitest'
import { inlineStylesheets, stylesheetLinks } from '../../server/markup/inline-stylesheets'

const DEFAULT = { baseURL: '/', buildAssetsDir: '/_nuxt/' }
const readFrom = (files: Record<string, string>) => async (path: string) => files[path]

describe('inlining the stylesheets of a page', () => {
  it('puts each built stylesheet in place of its link', async () => {
    const head = '<meta charset="utf-8"><link rel="stylesheet" href="/_nuxt/entry.Ab12.css" crossorigin><title>Home</title>'
    expect(await inlineStylesheets(head, DEFAULT, readFrom({ '/_nuxt/entry.Ab12.css': 'body{margin:0}' })))
      .toBe('<meta charset="utf-8"><style>body{margin:0}</style><title>Home</title>')
  })

  it('keeps a stylesheet from closing its style element early', async () => {
    const head = '<link rel="stylesheet" href="/_nuxt/a.css">'
    expect(await inlineStylesheets(head, DEFAULT, readFrom({ '/_nuxt/a.css': 'a::after{content:"</style>"}' })))
      .toBe('<style>a::after{content:"<\\/style>"}</style>')
  })

  it('leaves the link of a stylesheet it cannot read, and links to other sites', async () => {
    const head = '<link rel="stylesheet" href="/_nuxt/missing.css"><link rel="stylesheet" href="https://elsewhere.example/x.css">'
    expect(await inlineStylesheets(head, DEFAULT, readFrom({}))).toBe(head)
  })

  it('follows a custom build assets folder under a base path', () => {
    const head = '<link rel="stylesheet" href="/site/assets/build/entry.css">'
    expect(stylesheetLinks(head, { baseURL: '/site/', buildAssetsDir: 'assets/build' }))
      .toEqual([{ link: head, localPath: '/site/assets/build/entry.css' }])
  })

  it('reads a stylesheet linked on a CDN from this server', () => {
    const head = '<link rel="stylesheet" href="https://cdn.example.com/_nuxt/entry.css">'
    expect(stylesheetLinks(head, { ...DEFAULT, cdnURL: 'https://cdn.example.com/' }))
      .toEqual([{ link: head, localPath: '/_nuxt/entry.css' }])
  })
})
