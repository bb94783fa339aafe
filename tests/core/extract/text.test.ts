import { describe, expect, it } from 'vitest'
import { prepareText, toOriginal } from '@/core/extract/text'

describe('prepareText', () => {
  it.each([
    ['drops spaces around a number', '共办理 731 宗', '共办理731宗'],
    ['drops pinyin a mirror page put after characters', '大涌镇(zhèn)坚(jiān)持(Word)', '大涌镇坚持(Word)'],
    ['keeps a title line apart from the line after it', '翠屏镇人民政府关于2024年法治政府建设情况的报告\n翠屏镇人民政府', '翠屏镇人民政府关于2024年法治政府建设情况的报告\n翠屏镇人民政府'],
    ['keeps one space between two digits', '表 1 2', '表1 2'],
    ['drops a footnote mark inside a word', '执法[1]人员', '执法人员'],
    ['drops full-width footnote marks and superscripts', '执法［２］人员¹', '执法人员'],
    ['turns full-width digits and percent into ASCII', '持证率１００％', '持证率100%'],
    ['drops quotes around a cue', '“法律明白人”96名', '法律明白人96名'],
    ['joins a sentence wrapped over two lines', '共开展行政检查64次，其中涉企行政检\n查21次。', '共开展行政检查64次，其中涉企行政检查21次。'],
    ['keeps the break after a heading', '一、主要举措和成效\n全年开展检查', '一、主要举措和成效\n全年开展检查'],
    ['keeps the break after a heading with a comma', '（一）强化组织领导，压实责任\n镇党委', '（一）强化组织领导，压实责任\n镇党委'],
    ['drops carriage returns', '第一行。\r\n第二行', '第一行。\n第二行'],
  ])('%s', (_, text, clean) => {
    expect(prepareText(text).clean).toBe(clean)
  })

  it('maps clean offsets back to the original characters', () => {
    const text = '共办理 731 宗案件'
    const p = prepareText(text)
    const start = p.clean.indexOf('731')
    const [a, b] = toOriginal(p, start, start + 4)
    expect(text.slice(a, b)).toBe('731 宗')
  })
})
