import { describe, expect, it } from 'vitest'
import { scanNumbers } from '@/core/extract/numbers'
import { clauseStart } from '@/core/extract/sentences'
import { findTrap } from '@/core/extract/traps'

/** The trap of the last figure in the text (the text is one sentence). */
function trapOf(text: string): string | null {
  const token = scanNumbers(text).at(-1)
  if (!token) throw new Error(`no figure in ${text}`)
  return findTrap(text, token, clauseStart(text, token.start, 0), 0)
}

describe('findTrap', () => {
  it.each([
    ['masked', '办理案件*1件'],
    ['code', '编号A12件'],
    ['date-or-festival', '开展3·15场'],
    ['ordinal', '党委第四次会议'],
    ['ordinal', '六届七次全会'],
    ['document-number', '印发〔2024〕26份'],
    ['unit-in-word', '缩短至3个工作日'],
    ['unit-in-word', '为期2个月'],
    ['target', '开展活动不少于4次'],
    ['plan', '明年开展普法活动20场'],
    ['plan', '下一步，开展检查30次'],
    ['change', '新增法律明白人3名'],
    ['change', '案件同比增长23%'],
    ['change', '持证率提高5个百分点'],
    ['change', '较2023年减少12件'],
    ['frequency', '每季度开展检查2次'],
    ['remaining', '仍有2名'],
    ['idiom-one', '在一次执法检查中'],
    ['bare-numeral', '培育百名法律明白人'],
    ['another-body', '全县共开展行政检查1200次'],
    ['another-body', '据统计全市办理案件900件'],
  ])('names %s in %s', (code, text) => {
    expect(trapOf(text)).toBe(code)
  })

  it.each([
    '开展行政检查76次',
    '持证率提升至100%',
    '共受理行政复议案件一件。',
    '千余人',
    '另有1件',
    '持证率达到百分之百',
    '全镇共有执法人员20名',
    '在全县率先建成调解室3个',
  ])('lets %s through', (text) => {
    expect(trapOf(text)).toBeNull()
  })
})
