// Every message of validate and convert in both languages: Chinese by default (the text users and
// scripts know), English with --lang en — usage errors, files that cannot be opened, skipped rows, rows
// left out for an unknown township, a wrong registry, township list or header unit.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAsync } from '@/cli/main'

const dir = mkdtempSync(join(tmpdir(), 'cli-messages-'))
const file = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p }
const TOTAL = file('total-row.csv', '乡镇,年度,行政检查次数\n大同镇,2025,3\n桃源镇,2025,4\n合计,2025,7\n')
const UNKNOWN = file('unknown.csv', '乡镇,年度,行政检查次数,罚没金额（美元）\n大桐镇,2025,3,5\n')
const LIST = file('list.csv', 'code,name,kind\n12,,镇\n')
const REGISTRY = file('registry.json', JSON.stringify([{ id: 'a', label_zh: '甲', label_en: 'x', unit: '件', kind: 'ratio', group: 'g', direction: 'up', formula: null, aliases: [], definition_zh: '', township_reportable: 'yes', unit_aliases: {} }]))
const OUT = join(dir, 'out.csv')
const MISSING = join(dir, 'nowhere.csv')

/** The data's own words, which stay as written in English: township names, headers, units, the registry's Chinese label. */
const DATA = ['大同镇', '桃源镇', '大桐镇', '合计', '乡镇', '罚没金额（美元）', '美元', '万元', '元', '甲', '镇'].sort((a, b) => b.length - a.length)
const chinese = (text: string) => DATA.reduce((t, n) => t.replaceAll(n, ' '), text).match(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g) ?? []

async function cli(...args: string[]) {
  const out: string[] = []
  const code = await runAsync(args, s => out.push(s), s => out.push(s))
  return { code, text: out.join('\n') }
}

type Case = [name: string, args: string[], code: number, zh: string, en: string]
const CASES: Case[] = [
  ['no command', [], 2, '缺少命令\n用法 / usage:', 'no command given\nusage:'],
  ['an unknown command', ['frobnicate'], 2, '未知命令 frobnicate', 'unknown command frobnicate'],
  ['no files', ['validate'], 2, '没有给出文件 / no files given', 'no files given\nusage:'],
  ['a file that is not there', ['validate', MISSING], 2, `无法打开文件 ${MISSING}：`, `cannot open the file ${MISSING}: `],
  ['the exit codes in the usage', ['validate'], 2, '退出码：0 无错误', 'Exit codes: 0 no errors'],
  ['a shape convert does not know', ['convert', TOTAL, '--to', 'tall', '--out', OUT], 2, '--to 应为 wide 或 long', '--to should be wide or long'],
  ['convert without --out', ['convert', TOTAL, '--to', 'wide'], 2, '缺少 --out FILE', '--out FILE missing'],
  ['what convert wrote', ['convert', TOTAL, '--to', 'wide', '--out', OUT], 0, `已写入 ${OUT}：2 份提交；0 个错误，0 个警告`, `wrote ${OUT}: 2 submissions; 0 errors, 0 warnings`],
  ['a skipped total row', ['validate', TOTAL], 0, '  跳过 第 4 行（合计行，不作为乡镇）', '  skipped row 4 (total row, not a township)'],
  ['a row left out for an unknown township', ['validate', UNKNOWN], 1, '本行未计入；是同一乡镇时请把此名称加入 --townships 名单的 aliases 列，是新乡镇时加为一行 [unknown-township]',
    'The row was left out: if it is the same township, add this name to the aliases column of the --townships list; if it is a new one, add it as a row [unknown-township]'],
  ['a header unit the indicator does not know', ['validate', UNKNOWN], 1, '表头“罚没金额（美元）”的单位“美元”不是指标“罚没金额”可用的单位（元、',
    'the header “罚没金额（美元）” names the unit “美元”, which indicator “Fines and confiscations” does not use (元, '],
  ['a wrong township list', ['validate', '--townships', LIST, TOTAL], 2, `乡镇名单 ${LIST} 有误：\n第 2 行`, `the township list ${LIST} is wrong:\nrow 2`],
  ['a wrong registry', ['validate', '--registry', REGISTRY, TOTAL], 2, '指标库 data/indicators.json 有误：\na：未知类型 kind=ratio\na：未知方向 direction=up', 'The indicator registry data/indicators.json is wrong:\na: unknown kind=ratio\na: unknown direction=up'],
]

describe('validate and convert messages', () => {
  it.each(CASES)('%s: in Chinese by default', async (_name, args, code, zh) => {
    const r = await cli(...args)
    expect(r.code).toBe(code)
    expect(r.text).toContain(zh)
  })

  it.each(CASES)('%s: the same in Chinese with --lang zh-CN', async (_name, args) => {
    expect((await cli(...args, '--lang', 'zh-CN')).text).toBe((await cli(...args)).text)
  })

  it.each(CASES)('%s: in English with --lang en, no Chinese but the data’s', async (_name, args, code, _zh, en) => {
    const r = await cli(...args, '--lang', 'en')
    expect(r.code).toBe(code)
    expect(r.text).toContain(en)
    expect(chinese(r.text)).toEqual([])
  })

  it.each([['--lang', 'fr'], ['--lang=fr']])('refuses %j in both languages (exit 2)', async (...lang) => {
    const r = await cli('validate', ...lang, TOTAL)
    expect(r.code).toBe(2)
    expect(r.text).toContain('--lang 应为 zh-CN 或 en：fr / --lang should be zh-CN or en: fr')
  })

  it('takes --lang=en as --lang en', async () => {
    expect((await cli('validate', '--lang=en', TOTAL)).text).toBe((await cli('validate', '--lang', 'en', TOTAL)).text)
  })
})
