import { describe, expect, it } from 'vitest'
import { readingTimeMinutes } from '../../src/reading-time'

/** `count` distinct prose words separated by spaces. */
function words(count: number): string {
  return Array.from({ length: count }, (_, i) => `word${i}`).join(' ')
}

describe('readingTimeMinutes', () => {
  it('never estimates less than one minute, even for an empty body', () => {
    expect(readingTimeMinutes('')).toBe(1)
    expect(readingTimeMinutes('Hello.')).toBe(1)
    expect(readingTimeMinutes('   \n\n  ')).toBe(1)
  })

  it('reads 220 words a minute', () => {
    expect(readingTimeMinutes(words(220))).toBe(1)
    expect(readingTimeMinutes(words(440))).toBe(2)
    expect(readingTimeMinutes(words(2200))).toBe(10)
  })

  it('rounds to the nearest minute', () => {
    expect(readingTimeMinutes(words(329))).toBe(1)
    expect(readingTimeMinutes(words(330))).toBe(2)
    expect(readingTimeMinutes(words(549))).toBe(2)
    expect(readingTimeMinutes(words(550))).toBe(3)
  })

  it('counts contractions, hyphenated words and accented words once each', () => {
    const fiveWords = 'don’t can\'t well-known café naïve '
    expect(readingTimeMinutes(fiveWords.repeat(60))).toBe(1) // 300 words; 480 if the first three split
    expect(readingTimeMinutes(fiveWords.repeat(66))).toBe(2) // 330 words; 264 if accented words were dropped
  })

  it('ignores fenced code blocks', () => {
    const body = `${words(200)}\n\n\`\`\`ts\n${words(400)}\n\`\`\`\n`
    expect(readingTimeMinutes(body)).toBe(1)
  })

  it('counts the prose between two code blocks', () => {
    const body = `\`\`\`\n${words(300)}\n\`\`\`\n${words(440)}\n\`\`\`js\n${words(300)}\n\`\`\``
    expect(readingTimeMinutes(body)).toBe(2)
  })

  it('ignores images, alt text included', () => {
    const image = `![${words(20)}](https://cdn.example.com/uploads/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p.png)`
    expect(readingTimeMinutes(`${words(300)}\n\n${Array.from({ length: 5 }, () => image).join('\n')}`)).toBe(1)
  })

  it('counts the text of a link but not its URL', () => {
    const url = 'https://example.com/one/two/three/four/five/six/seven/eight/nine/ten'
    expect(readingTimeMinutes(`${words(325)} [read more](${url})`)).toBe(1)
    expect(readingTimeMinutes(`${words(325)} [a b c d e](${url})`)).toBe(2)
  })

  it('ignores HTML tags and their attributes but counts the text inside them', () => {
    const tag = '<span class="one two three four five six seven eight nine ten">'
    expect(readingTimeMinutes(`${tag.repeat(5)}${words(300)}${'</span>'.repeat(5)}`)).toBe(1)
    expect(readingTimeMinutes(`<p>${words(330)}</p>`)).toBe(2)
  })

  it('does not count markdown punctuation as words', () => {
    const body = `# Title\n\n- **${words(100)}**\n- _${words(100)}_\n\n> ${words(100)}\n\n---\n`
    expect(readingTimeMinutes(body)).toBe(1) // 301 words, under the 330 that rounds up to two
  })
})
