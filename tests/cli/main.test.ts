import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runAsync } from '@/cli/main'

const dir = mkdtempSync(join(tmpdir(), 'cli-'))
function file(name: string, text: string): string {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}
/** The command line as users run it: the asynchronous path, which also reads .xlsx. */
async function cli(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runAsync(args, s => out.push(s), s => err.push(s))
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const good = file('good.csv', '乡镇,年度,行政执法人员数,持行政执法证件人数,罚没金额（万元）,行政处罚案件数\n大同镇,2024,20,19,1.2,4\n青石,2024,10,10,约0.5,2\n')
const bad = file('bad.csv', '乡镇,年度,行政检查次数\n大同镇,2024,abc\n,2024,3\n')

describe('cli validate: skipped rows', () => {
  const table = fileURLToPath(new URL('../fixtures/tables/merged-header.xls', import.meta.url))

  it('lists every skipped row with its reason, in the text and in --json', async () => {
    const text = await cli('validate', table)
    // 1: the misspelt 桃园镇 is an error on the command line (it cannot ask); the seven listed townships are read.
    expect(text.code).toBe(1)
    expect(text.out).toContain('共 7 份乡镇年度提交；1 个错误，0 个警告')
    expect(text.out).toContain('merged-header.xls：xls，未知编码，8 行，接受 8，拒绝 0')
    expect(text.out).toContain('  跳过 第 2 行（标题）：填报单位（盖章）：某某县司法局 填报日期：2025年1月15日')
    expect(text.out).toMatch(/ {2}跳过 第 15 行（合计行，不作为乡镇）：合 {4}计 174 162 93\.1\d*% 93 35\.47/)
    const doc = JSON.parse((await cli('validate', '--json', table)).out)
    expect(doc.files[0].skipped.map((k: { row: number, reason: string }) => `${k.row}:${k.reason}`))
      .toEqual(['1:title', '2:title', '5:units', '10:blank', '15:total', '16:footer', '17:footer'])
  })
})

describe('cli validate --json', () => {
  it('prints exactly the agreed shape and exits 0 without errors', async () => {
    const r = await cli('validate', '--json', good)
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(Object.keys(doc)).toEqual(['files', 'submissions', 'issues'])
    expect(doc.files).toEqual([{ file: 'good.csv', format: 'wide-csv', encoding: 'utf-8', rows: 2, accepted: 2, rejected: 0, status: 'ok', skipped: [] }])
    expect(Object.keys(doc.submissions[0])).toEqual(['township', 'code', 'year', 'values', 'approx', 'derived', 'source'])
    expect(doc.submissions[0]).toMatchObject({ township: '大同镇', year: 2024, values: { enforcement_staff: 20, penalty_amount: 12000, enforcement_cert_rate: 95 }, derived: ['enforcement_cert_rate'], source: { file: 'good.csv', row: 2 } })
    expect(doc.submissions[1]).toMatchObject({ township: '青石镇', values: { penalty_amount: 5000 }, approx: ['penalty_amount'] })
    expect(Object.keys(doc.issues[0])).toEqual(['file', 'row', 'column', 'indicator', 'township', 'year', 'severity', 'code', 'message'])
  })

  it('exits 1 when there is an error-severity issue and names row and column', async () => {
    const r = await cli('validate', '--json', bad)
    expect(r.code).toBe(1)
    const doc = JSON.parse(r.out)
    expect(doc.files[0]).toMatchObject({ rows: 2, accepted: 1, rejected: 1, status: 'partial' })
    expect(doc.issues).toContainEqual(expect.objectContaining({ row: 2, column: '行政检查次数', code: 'not-a-number', severity: 'error' }))
    expect(doc.issues).toContainEqual(expect.objectContaining({ row: 3, code: 'missing-township' }))
  })

  it('prints a readable summary without --json', async () => {
    const r = await cli('validate', bad)
    expect(r.out).toMatch(/bad\.csv：wide-csv，utf-8，2 行，接受 1，拒绝 1/)
    expect(r.out).toMatch(/错误 bad\.csv 第 2 行 “行政检查次数”列/)
  })
})

describe('cli usage errors', () => {
  it.each([
    [[]],
    [['frobnicate', good]],
    [['validate']],
    [['validate', '--nope', good]],
    [['validate', join(dir, 'missing.csv')]],
    [['convert', good, '--to', 'sideways', '--out', join(dir, 'o.csv')]],
  ])('exits 2 with the usage for %j', async (args) => {
    const r = await cli(...args)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/用法/)
  })
})

describe('cli convert', () => {
  it('writes one clean wide CSV that reads back to the same figures (missing stays missing)', async () => {
    const out = join(dir, 'wide.csv')
    expect((await cli('convert', good, bad, '--to', 'wide', '--out', out)).code).toBe(1)
    const text = readFileSync(out, 'utf8')
    expect(text.startsWith('\uFEFF乡镇,年度,')).toBe(true)
    const again = JSON.parse((await cli('validate', '--json', out)).out)
    const before = JSON.parse((await cli('validate', '--json', good, bad)).out)
    const byName = (doc: { submissions: { township: string, values: unknown }[] }) =>
      Object.fromEntries(doc.submissions.map(s => [s.township, Object.fromEntries(Object.entries(s.values as object).filter(([, v]) => v !== null))]))
    expect(byName(again)).toEqual(byName(before))
  })

  it('writes a long CSV with one row per reported figure', async () => {
    const out = join(dir, 'long.csv')
    expect((await cli('convert', good, '--to', 'long', '--out', out)).code).toBe(0)
    const lines = readFileSync(out, 'utf8').replace(/\s+$/, '').split(/\r?\n/)
    expect(lines[0]).toBe('\uFEFFtownship,year,indicator,value,unit,note')
    expect(lines).toHaveLength(1 + 2 * 4)
  })
})

describe('cli and Excel', () => {
  const xlsx = fileURLToPath(new URL('../fixtures/xlsx/stat-form-sheets.xlsx', import.meta.url))

  it('validates an .xlsx workbook as it does a CSV', async () => {
    const r = await cli('validate', '--json', xlsx)
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc.files).toEqual([{ file: 'stat-form-sheets.xlsx', format: 'xlsx', encoding: null, rows: 8, accepted: 8, rejected: 0, status: 'ok', skipped: [] }])
    expect(doc.submissions.map((s: { township: string }) => s.township)).toEqual(['大同镇', '青石镇'])
  })
})
