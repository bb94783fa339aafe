import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { routeFile } from '@/core/extract/route'
import { testRegistry } from '../../helpers/registry'

const registry = testRegistry()
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/reports/${name}`, import.meta.url)))
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('routeFile', () => {
  it.each([
    ['qingshi-2024.txt'],
    ['baima-2024.txt'],
    ['liuxi-2024-traditional.txt'],
    ['yunling-2024-masked.txt'],
  ])('sends the prose report %s to review', (name) => {
    expect(routeFile({ name, bytes: fixture(name) }, registry)).toBe('report')
  })

  it.each<[string, Uint8Array]>([
    ['hekou-2024.docx', fixture('hekou-2024.docx')],
    ['旧版报告.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])],
    ['WPS文字报告.wps', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])],
    ['报告.odt', new Uint8Array([0x50, 0x4b, 0x03, 0x04])],
    ['报告.pdf', utf8('%PDF-1.6')],
    ['报告.rtf', utf8('{\\rtf1')],
    ['网页.html', utf8('<html></html>')],
    ['网页.HTM', utf8('<html></html>')],
    ['notes.md', utf8('# 报告')],
    ['renamed.txt', fixture('hekou-2024.docx')],
  ])('sends %s to review whatever it holds', (name, bytes) => {
    expect(routeFile({ name, bytes }, registry)).toBe('report')
  })

  it.each<[string, string]>([
    ['a wide table saved as .txt', '乡镇,年度,行政检查次数\n青石镇,2024,76\n'],
    ['a tab-separated table', '乡镇\t年度\t行政检查次数\n青石镇\t2024\t76\n'],
    ['a table under a title line', '2024年各乡镇法治建设指标\n乡镇,年度,行政检查次数\n青石镇,2024,76\n'],
  ])('keeps %s for the table import', (_name, text) => {
    expect(routeFile({ name: 'table.txt', bytes: utf8(text) }, registry)).toBe('table')
  })

  it.each(['a.csv', 'a.json', 'a.xlsx', 'a.xls', 'noextension'])('leaves %s to the table import, which explains itself', (name) => {
    expect(routeFile({ name, bytes: utf8('青石镇人民政府\n关于2024年度法治政府建设情况的报告\n') }, registry)).toBe('table')
  })

  it('decides a long table by its head without reading every row', () => {
    const rows = Array.from({ length: 20000 }, (_, i) => `乡镇${i},2024,${i}`).join('\n')
    expect(routeFile({ name: 'big.txt', bytes: utf8(`乡镇,年度,行政检查次数\n${rows}\n`) }, registry)).toBe('table')
  })
})
