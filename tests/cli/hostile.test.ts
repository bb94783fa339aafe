// The command line on input built to break it: JSON nested 100,000 levels, a report too long for one
// string, millions of bad cells, a file over the size limit. Each ends in JSON or one line, never a trace.
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAsync } from '@/cli/main'
import { writeJsonArrays, writeJsonBytes } from '@/cli/jsonStream'
import { LIMITS } from '@/core/limits'
import { badCellsCsv, deepJson } from '../helpers/hostileFiles'
import { registry } from '../helpers/ingest'

const dir = mkdtempSync(join(tmpdir(), 'cli-hostile-'))
function file(name: string, text: string): string {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}
async function cli(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runAsync(args, s => out.push(s), s => err.push(s))
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('cli on hostile input', () => {
  it('answers JSON nested 100,000 levels deep with a refusal in JSON, not a stack overflow', async () => {
    const r = await cli('validate', '--json', file('deep.json', deepJson(100_000)))
    expect(r.code).toBe(1)
    const doc = JSON.parse(r.out)
    expect(doc.issues).toEqual([expect.objectContaining({ file: 'deep.json', code: 'too-deep', severity: 'error' })])
  })

  it('keeps a file of bad cells to a bounded list: the first of each kind and column, then one summary with the count', async () => {
    const r = await cli('validate', '--json', file('bad.csv', badCellsCsv(3e6, registry)))
    expect(r.code).toBe(1)
    const doc = JSON.parse(r.out) as { files: { rows: number }[], issues: { code: string, column: string, message: string }[] }
    const rows = doc.files[0]!.rows
    expect(rows).toBeGreaterThan(15_000)
    expect(doc.issues.length).toBeLessThanOrEqual(LIMITS.issuesPerFile)
    const column = doc.issues.filter(i => i.code === 'not-a-number' && i.column === doc.issues.find(x => x.code === 'not-a-number')!.column)
    expect(column).toHaveLength(LIMITS.issuesPerKind + 1)
    expect(column.at(-1)!.message).toContain(`另有 ${rows - LIMITS.issuesPerKind} 处`)
  }, 60_000)

  it('refuses a file over the size limit with exit 2 and one line on stderr', async () => {
    const p = join(dir, 'huge.csv')
    writeFileSync(p, '')
    truncateSync(p, LIMITS.fileBytes + 1) // sparse: no disk, no memory
    const r = await cli('validate', '--json', p)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err.split('\n')).toEqual([expect.stringMatching(/^huge\.csv：文件大小 256 MB，超过上限 256 MB/u)])
  })
})

describe('writeJsonArrays', () => {
  it('writes what JSON.stringify(doc, null, 2) writes', () => {
    const doc = { files: [{ a: 1 }], submissions: [], issues: [{ b: [1, 2], c: 'x\ny' }, { d: null }] }
    let text = ''
    writeJsonArrays(Object.entries(doc), (s) => { text += s })
    expect(text).toBe(JSON.stringify(doc, null, 2))
  })

  it.each([1, 63, 64, 65, 200])('writes what JSON.stringify writes for %i items of nested values', (count) => {
    const items = Array.from({ length: count }, (_, i) => ({ i, values: { a: i % 3 === 0 ? null : i / 7, b: [] }, text: `第${i}行\n"引号"`, empty: {} }))
    const doc = { files: [], submissions: items, issues: items.slice(0, 5) }
    let text = ''
    writeJsonArrays(Object.entries(doc), (s) => { text += s })
    expect(text).toBe(JSON.stringify(doc, null, 2))
  })

  it('ends its chunks where writing item by item ends them (the CLI adds a newline after each chunk)', () => {
    // The writer as it was: each item stringified and re-indented alone.
    const itemByItem = (sections: readonly (readonly [string, Iterable<unknown>])[], write: (chunk: string) => void) => {
      let buffer = '{'
      const put = (x: string) => { buffer += x; if (buffer.length >= 2 ** 20) { write(buffer); buffer = '' } }
      sections.forEach(([key, items], k) => {
        put(`${k === 0 ? '' : ','}\n  ${JSON.stringify(key)}: [`)
        let n = 0
        for (const item of items) put(`${n++ === 0 ? '' : ','}\n    ${JSON.stringify(item, null, 2).replaceAll('\n', '\n    ')}`)
        put(n === 0 ? ']' : '\n  ]')
      })
      write(`${buffer}\n}`)
    }
    const items = Array.from({ length: 20_000 }, (_, i) => ({ township: `镇${i}`, values: { a: i, b: [i, { c: null }] }, note: ' '.repeat(i % 50) }))
    const sections: [string, unknown[]][] = [['submissions', items], ['issues', items.slice(0, 3000)]]
    const now: string[] = []
    const before: string[] = []
    writeJsonArrays(sections, s => now.push(s))
    itemByItem(sections, s => before.push(s))
    expect(now.length).toBeGreaterThan(2)
    expect(now).toEqual(before)
  })

  it('streams a report larger than a string can hold in chunks of about a megabyte', () => {
    const note = '注'.repeat(2000)
    function* many() { for (let i = 0; i < 300_000; i++) yield { township: `压测镇${i}`, year: 2024, note } }
    let chunks = 0
    let longest = 0
    let total = 0
    // As the CLI writes it: UTF-8 bytes, three per character of the note, at most three per UTF-16 unit.
    writeJsonBytes([['submissions', many()]], (b) => { chunks++; longest = Math.max(longest, b.length); total += b.length })
    expect(total).toBeGreaterThan(3 * 2 ** 29) // longer than V8's longest string (about 2^29 characters)
    expect(longest).toBeLessThan(3 * 1.1 * 2 ** 20)
    expect(chunks).toBeGreaterThan(500)
  }, 60_000)
})
