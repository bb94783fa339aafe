import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runAsync } from '@/cli/main'

const data = (p: string) => fileURLToPath(new URL(`../../data/${p}`, import.meta.url))
const sample = ['2022.csv', '2023.csv', '2024.csv'].map(f => data(`sample/${f}`))
const dir = mkdtempSync(join(tmpdir(), 'cli-score-'))

async function cli(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runAsync(args, s => out.push(s), s => err.push(s))
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('cli score --json', () => {
  it('prints exactly the agreed shape, sorted by rank, on the bundled scheme and sample', async () => {
    const r = await cli('score', '--json', '--scheme', data('assessment.json'), ...sample)
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(Object.keys(doc)).toEqual(['scheme', 'year', 'townships'])
    expect(doc.year).toBe(2024)
    expect(doc.townships).toHaveLength(24)
    expect(Object.keys(doc.townships[0])).toEqual(['township', 'kind', 'total', 'grade', 'rank', 'rankChange', 'completeness', 'groups', 'items'])
    expect(Object.keys(doc.townships[0].items[1])).toEqual(['item', 'points', 'max', 'status', 'value', 'reason', 'evidence'])
    const ranks = doc.townships.map((t: { rank: number }) => t.rank)
    expect(ranks).toEqual([...ranks].sort((a: number, b: number) => a - b))
    const cert = doc.townships[0].items.find((i: { item: string }) => i.item === 'cert')
    expect(cert).toMatchObject({ status: 'scored', evidence: [{ file: '2024.csv', row: 2 }] })
    expect(cert.reason).toMatch(/持证率 95\.2%，达 95% 档，得 8 分/)
  })
  it('takes manual scores from a CSV and scores the year asked for', async () => {
    const manual = join(dir, 'manual.csv')
    writeFileSync(manual, 'township,item,points,reason,year\n城关街道,review,10,报告优秀,2023\n')
    const r = await cli('score', '--json', '--scheme', data('assessment.json'), '--manual', manual, '--year', '2023', ...sample)
    const t = JSON.parse(r.out).townships.find((x: { township: string }) => x.township === '城关街道')
    expect(t.items.find((i: { item: string }) => i.item === 'review')).toMatchObject({ points: 10, status: 'scored' })
  })
  it('exits 1 on an invalid scheme, naming the item', async () => {
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, readFileSync(data('assessment.json'), 'utf8').replace('"indicator": "litigation_lost", "deduct": 2, "cap": 6', '"indicator": "litigation_lost", "deduct": 2, "cap": 9'))
    const r = await cli('score', '--scheme', bad, ...sample)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/考核项“lost”（行政诉讼败诉）：封顶 cap 9 分超过本项满分 6 分/)
  })
  it('exits 1 on a manual CSV with a bad row, naming the row', async () => {
    const manual = join(dir, 'bad-manual.csv')
    writeFileSync(manual, 'township,item,points,reason\n城关街道,review,12,太高\n')
    const r = await cli('score', '--scheme', data('assessment.json'), '--manual', manual, ...sample)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/第 2 行：.*0 到 10 分之间/)
  })
  it.each([[['score', ...sample]], [['score', '--scheme', 'x.json']], [['score', '--scheme', data('assessment.json'), '--year', 'abc', ...sample]]])('exits 2 on usage errors (%j)', async (args) => {
    expect((await cli(...args)).code).toBe(2)
  })
})
