// Files at one idea each (#13.7): no source file under src/ is longer than 250 lines; a longer one is
// named with its length, so the split it needs is plain.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const MAX_LINES = 250
const lineCount = (text: string) => text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0)

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|vue)$/.test(e.name) ? [join(dir, e.name)] : [])
}

describe('file length', () => {
  it.each([
    ['an empty file', '', 0],
    ['one line without its newline', 'a', 1],
    ['two lines', 'a\nb\n', 2],
    ['a blank last line', 'a\n\n', 2],
  ])('counts %s', (_, text, lines) => {
    expect(lineCount(text)).toBe(lines)
  })

  it(`keeps every file under src/ at ${MAX_LINES} lines or fewer`, () => {
    const files = sourceFiles('src')
    expect(files.length).toBeGreaterThan(100)
    const long = files.map(f => [f, lineCount(readFileSync(f, 'utf8'))] as const).filter(([, n]) => n > MAX_LINES).map(([f, n]) => `${f}: ${n}`)
    expect(long).toEqual([])
  })
})
