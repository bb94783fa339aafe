// The example files users copy: the CLI reports exactly the figures they hold, with no issue.
import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { runAsync } from '@/cli/main'

const dir = new URL('../../data/examples/', import.meta.url)
const files = ['gbk-wide.csv', 'long.csv', 'submissions.json', 'wide-chinese-headers.csv']
const out: string[] = []
const code = await runAsync(['validate', '--json', ...files.map(f => new URL(f, dir).pathname)], s => out.push(s), () => {})
const doc = JSON.parse(out.join('\n')) as {
  files: { file: string, format: string, encoding: string, status: string, rows: number, accepted: number }[]
  submissions: { township: string, values: Record<string, number | null>, derived: string[] }[]
  issues: unknown[]
}
const reported = (township: string) => {
  const s = doc.submissions.find(x => x.township === township)!
  return Object.values(Object.fromEntries(Object.entries(s.values).filter(([id]) => !s.derived.includes(id))))
}

describe('data/examples through the CLI', () => {
  it('exits 0 with no issue at all', () => {
    expect(code).toBe(0)
    expect(doc.issues).toEqual([])
  })

  it.each([
    ['gbk-wide.csv', 'wide-csv', 'gb18030'],
    ['long.csv', 'long-csv', 'utf-8'],
    ['submissions.json', 'json', 'utf-8'],
    ['wide-chinese-headers.csv', 'wide-csv', 'utf-8-bom'],
  ])('reads %s as %s in %s, every row accepted', (file, format, encoding) => {
    const f = doc.files.find(x => x.file === file)
    expect(f).toMatchObject({ format, encoding, status: 'ok' })
    expect(f?.accepted).toBe(f?.rows)
  })

  it.each([['gbk-wide.csv', 'gbk'], ['wide-chinese-headers.csv', 'utf8']])('holds every cell of %s, scaled by its header unit', (file, enc) => {
    const text = iconv.decode(readFileSync(new URL(file, dir)), enc)
    const [header, ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trim(), { header: false }).data
    for (const row of rows) {
      const expected = row.slice(2).map((cell, i) => Number(cell) * (header![i + 2]!.includes('万元') ? 10000 : 1))
      expect(reported(row[0]!).sort()).toEqual(expected.sort())
    }
  })

  it('holds every row of long.csv, scaled by its unit', () => {
    const rows = Papa.parse<string[]>(readFileSync(new URL('long.csv', dir), 'utf8').trim(), { header: false }).data.slice(1)
    const byTownship = new Map<string, number[]>()
    for (const [township, , , value, unit] of rows) byTownship.set(township!, [...(byTownship.get(township!) ?? []), Number(value) * (unit === '万元' ? 10000 : 1)])
    for (const [township, values] of byTownship) expect(reported(township).sort()).toEqual(values.sort())
  })

  it('holds every value of submissions.json', () => {
    const json = JSON.parse(readFileSync(new URL('submissions.json', dir), 'utf8')) as { submissions: { township: string, values: Record<string, number> }[] }
    for (const s of json.submissions) expect(reported(s.township).sort()).toEqual(Object.values(s.values).sort())
  })
})
