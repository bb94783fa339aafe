import { describe, expect, it } from 'vitest'
import { parseManualCsv, readStoredManual, removeManual, upsertManual, type SchemeItem } from '@/core/assessment'
import { scheme, township } from './fixtures'

const review: SchemeItem = { id: 'review', group: 'g', label: '年度报告评议', max: 10, rule: { type: 'manual' } }
const cert: SchemeItem = { id: 'cert', group: 'g', label: '持证率', max: 10, rule: { type: 'threshold', indicator: 'enforcement_cert_rate', levels: [{ atLeast: 100, points: 10 }] } }
const s = scheme([review, cert])
const list = [township('甲镇'), township('乙镇')]

describe('parseManualCsv', () => {
  it('reads township,item,points,reason and takes the scored year when no year is given', () => {
    const { accepted, problems } = parseManualCsv('township,item,points,reason\n甲镇,review,8.5,报告完整\n乙镇,review,6,缺少问题部分,2023\n', s, list, 2024)
    expect(problems).toEqual([])
    expect(accepted).toEqual([
      { township: '甲镇', item: 'review', points: 8.5, reason: '报告完整', year: 2024 },
      { township: '乙镇', item: 'review', points: 6, reason: '缺少问题部分', year: 2023 },
    ])
  })
  it.each([
    ['甲镇,review,11,太高', /须在 0 到 10 分之间/],
    ['甲镇,review,-1,负分', /须在 0 到 10 分之间/],
    ['甲镇,review,abc,不是数', /须在 0 到 10 分之间/],
    ['甲镇,review,8,', /要写明理由/],
    ['丙镇,review,8,好', /乡镇“丙镇”不在乡镇名单中/],
    ['甲镇,cert,8,好', /按数据计分，不能手工打分/],
    ['甲镇,nope,8,好', /考核项“nope”不在方案中/],
  ])('refuses the row %s with its row number', (line, message) => {
    const { accepted, problems } = parseManualCsv(`township,item,points,reason\n${line}\n`, s, list, 2024)
    expect(accepted).toEqual([])
    expect(problems[0]?.row).toBe(2)
    expect(problems[0]?.message).toMatch(/^第 2 行：/)
    expect(problems[0]?.message).toMatch(message)
  })
  it('refuses a file without the header', () => {
    expect(parseManualCsv('乡镇,项,分\n', s, list, 2024).problems[0]).toMatchObject({ row: 1 })
  })
})

describe('manual entries', () => {
  const a = { township: '甲镇', item: 'review', year: 2024, points: 8, reason: '好' }
  it('keeps one entry per township, item and year (the last one wins)', () => {
    expect(upsertManual([a], { ...a, points: 9 })).toEqual([{ ...a, points: 9 }])
    expect(upsertManual([a], { ...a, year: 2023 })).toHaveLength(2)
  })
  it('removes an entry', () => {
    expect(removeManual([a], a)).toEqual([])
  })
  it('drops malformed stored entries', () => {
    expect(readStoredManual([a, { township: '乙镇' }, null, 3])).toEqual([a])
    expect(readStoredManual('junk')).toEqual([])
  })
})
