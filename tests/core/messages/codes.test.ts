// Every message code core writes as a literal ({ code: '…' } or { code: '…', params }) has a text in
// both catalogues: a code added without its words fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import en from '@/core/messages/en'
import { lookup } from '@/core/messages/render'
import zhCN from '@/core/messages/zh-CN'

const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f)
  return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : []
})
const LITERAL = /\{ code: '([a-z][a-z0-9_.-]*)'(?: \}|, params)/g
const used = [...new Set(['src/core', 'src/charts'].flatMap(files).flatMap(f => [...readFileSync(f, 'utf8').matchAll(LITERAL)].map(m => m[1] as string)))].sort()

describe('message codes written in core', () => {
  it('are found', () => {
    expect(used.length).toBeGreaterThan(50)
  })
  it.each(used)('%s has a Chinese and an English text', (code) => {
    expect([lookup(zhCN, `msg.${code}`) !== undefined, lookup(en, `msg.${code}`) !== undefined]).toEqual([true, true])
  })
})
