import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAsync } from '@/cli/main'

const dir = mkdtempSync(join(tmpdir(), 'cli-townships-'))
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

const data = file('data.csv', '乡镇,年度,行政处罚案件数\n大同镇,2024,4\n桃园镇,2024,9\n白马镇村委会,2024,7\n')
const ownList = file('own.csv', 'code,name,kind,population,area_km2,aliases\n990101102000,大同镇,镇,100,,\n990101113000,桃源镇,镇,200,,桃园镇\n990101103000,白马镇,镇,300,,白马镇村委会\n')
const badList = file('bad.csv', 'code,name,kind,population\n990101102000,大同镇,镇,100\n990101113000,桃源镇,村,200\n')

describe('cli validate and township names', () => {
  it.each([
    ['桃园镇', 3, '桃源镇'],
    ['白马镇村委会', 4, '白马镇'],
  ])('reports %s as an error unknown-township with its row and the suggestion', async (name, row, suggestion) => {
    const r = await cli('validate', '--json', data)
    expect(r.code).toBe(1)
    const doc = JSON.parse(r.out)
    const hit = doc.issues.find((i: { township: string }) => i.township === name)
    expect(hit).toMatchObject({ code: 'unknown-township', severity: 'error', row })
    expect(hit.message).toContain(`是否是“${suggestion}”`)
    expect(hit.message).toContain('--townships')
  })

  it('leaves the rows of unknown names out of the submissions', async () => {
    const doc = JSON.parse((await cli('validate', '--json', data)).out)
    expect(doc.submissions.map((s: { township: string }) => s.township)).toEqual(['大同镇'])
  })

  it('uses a county\'s own list with --townships: its aliases match, nothing is unknown', async () => {
    const r = await cli('validate', '--json', '--townships', ownList, data)
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc.submissions.map((s: { township: string, code: string }) => [s.township, s.code]))
      .toEqual([['大同镇', '990101102000'], ['桃源镇', '990101113000'], ['白马镇', '990101103000']])
    expect(doc.issues.filter((i: { code: string }) => i.code === 'unknown-township')).toEqual([])
  })

  it('shows the issue in the readable summary', async () => {
    const r = await cli('validate', data)
    expect(r.out).toMatch(/错误 data\.csv 第 3 行 “乡镇”列：“桃园镇”不在本县乡镇名单中，是否是“桃源镇”？.*\[unknown-township\]/)
  })

  it.each([
    [badList, /第 3 行“kind”列/],
    [join(dir, 'missing.csv'), /missing\.csv/],
  ])('refuses a township list it cannot use, naming row and column (exit 2)', async (list, text) => {
    const r = await cli('validate', '--townships', list, data)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(text)
  })
})
