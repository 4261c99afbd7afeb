import { describe, expect, it } from 'vitest'
import { pageWindow, parsePageParam } from '../../app/utils/pagination'

const numbers = (current: number, count: number) =>
  pageWindow(current, count).map(link => (link.kind === 'gap' ? '…' : link.current ? `[${link.page}]` : String(link.page)))

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(numbers(1, 1)).toEqual(['[1]'])
    expect(numbers(2, 3)).toEqual(['1', '[2]', '3'])
    expect(numbers(3, 5)).toEqual(['1', '2', '[3]', '4', '5'])
  })

  it('keeps first, last and neighbours, with gaps for what it skips', () => {
    expect(numbers(1, 10)).toEqual(['[1]', '2', '…', '10'])
    expect(numbers(5, 10)).toEqual(['1', '…', '4', '[5]', '6', '…', '10'])
    expect(numbers(10, 10)).toEqual(['1', '…', '9', '[10]'])
  })

  it('never hides a single page behind a gap', () => {
    expect(numbers(4, 10)).toEqual(['1', '2', '3', '[4]', '5', '…', '10'])
    expect(numbers(7, 10)).toEqual(['1', '…', '6', '[7]', '8', '9', '10'])
  })

  it('gives gaps distinct keys', () => {
    const keys = pageWindow(50, 100).filter(link => link.kind === 'gap').map(link => link.key)
    expect(new Set(keys).size).toBe(2)
  })
})

describe('parsePageParam', () => {
  it('reads plain positive integers and defaults to the first page', () => {
    expect(parsePageParam(undefined)).toBe(1)
    expect(parsePageParam('1')).toBe(1)
    expect(parsePageParam('42')).toBe(42)
  })

  it.each(['0', '-1', '1.5', '01', 'two', '', ' 2', '999999', '1e3'])('refuses %j', (value) => {
    expect(parsePageParam(value)).toBeNull()
  })

  it('refuses a repeated parameter', () => {
    expect(parsePageParam(['1', '2'])).toBeNull()
  })
})
