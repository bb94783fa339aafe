// validate --lang: Chinese by default (the JSON contract unchanged), English from the same catalogue as the page.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAsync } from '@/cli/main'

const path = join(mkdtempSync(join(tmpdir(), 'cli-lang-')), 'checks.csv')
writeFileSync(path, '乡镇,年度,行政执法人员数,持行政执法证件人数,行政执法人员持证率\n大同镇,2024,30,40,120\n')

async function cli(...args: string[]) {
  const out: string[] = []
  const code = await runAsync(args, s => out.push(s), s => out.push(s))
  return { code, out: out.join('\n') }
}
/** Chinese left once the data's own names (the township) are taken out. */
const chinese = (text: string) => text.replaceAll('大同镇', '').match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/g) ?? []

describe('validate --lang', () => {
  it.each([
    [[], '  错误 checks.csv 第 2 行 “持行政执法证件人数”列：大同镇 2024年：持行政执法证件人数 40 大于 行政执法人员数 30 [part-exceeds-whole]'],
    [['--lang', 'zh-CN'], '共 1 份乡镇年度提交；2 个错误，0 个警告'],
    [['--lang', 'en'], '  error checks.csv row 2 column “Staff holding an enforcement certificate”: 大同镇 2024: Staff holding an enforcement certificate 40 is more than Administrative-enforcement staff 30 [part-exceeds-whole]'],
    [['--lang', 'en'], '  error checks.csv row 2 column “Enforcement certification rate”: 大同镇 2024: Enforcement certification rate 120 is outside 0–100 [out-of-range]'],
  ])('with %j writes the line %s', async (lang, line) => {
    const r = await cli('validate', ...lang, path)
    expect(r.code).toBe(1)
    expect(r.out.split('\n')).toContain(line)
  })

  it('writes no Chinese but the data’s names in English', async () => {
    expect(chinese((await cli('validate', '--lang', 'en', path)).out)).toEqual([])
  })

  it.each([
    [[], '大同镇 2024年：行政执法人员持证率 120 超出 0–100'],
    [['--lang', 'en'], '大同镇 2024: Enforcement certification rate 120 is outside 0–100'],
  ])('keeps the JSON shape; with %j its message reads %s', async (lang, message) => {
    const json = JSON.parse((await cli('validate', '--json', ...lang, path)).out) as { issues: Record<string, unknown>[] }
    const issue = json.issues.find(i => i.code === 'out-of-range')
    expect(issue).toEqual({ file: 'checks.csv', row: 2, column: '行政执法人员持证率', indicator: 'enforcement_cert_rate', township: '大同镇', year: 2024, severity: 'error', code: 'out-of-range', message })
  })

  it('refuses a language it does not have (exit 2)', async () => {
    expect((await cli('validate', '--lang', 'fr', path)).code).toBe(2)
  })
})
