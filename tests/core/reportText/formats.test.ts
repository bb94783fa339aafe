// Every format the report reader takes reads the seed report's figures exactly as its .txt does:
// the fixtures in tests/fixtures/report-formats were written by LibreOffice (generate.py), not by us.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadPdfjsNode } from '@/cli/pdfjsNode'
import { extractReportFile } from '@/core/extract/input'
import type { ExtractResult } from '@/core/extract/types'
import { PDF_MESSAGES } from '@/core/reportText/pdf'
import { readReportText, reportFormatOf } from '@/core/reportText/read'
import { testRegistry } from '../../helpers/registry'

const registry = testRegistry()
const env = { loadPdfjs: loadPdfjsNode }
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../../fixtures/report-formats/${name}`, import.meta.url))) })
const seedLines = readFileSync(new URL('../../fixtures/report-formats/seed.txt', import.meta.url), 'utf8').split('\n').filter(l => l.trim() !== '')
/** The seed without the spaces that typesetting puts beside Chinese characters (a PDF keeps no such space). */
const withoutCjkSpaces = (s: string) => s.replace(/(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])[ \t]+|[ \t]+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/gu, '')

/** What a reviewer sees of each figure: indicator, year, value, unit and marks. */
const figures = (r: ExtractResult) => r.values.map(v => ({ indicator: v.indicator, year: v.year, value: v.value, unit: v.unit, approx: v.approx, partial: v.partial, preferred: v.preferred }))

async function extracted(name: string) {
  const r = await extractReportFile(fixture(name), { registry }, env)
  if ('error' in r) throw new Error(`${name}: ${r.error}`)
  return r
}

describe('the seed report in every format', async () => {
  const seed = await extracted('seed.txt')

  it('has figures to compare: the .txt seed states at least a dozen', () => {
    expect(seed.result.values.length).toBeGreaterThanOrEqual(12)
    expect(seed.result).toMatchObject({ township: '大同镇', year: 2024 })
  })

  it.each([
    ['seed.docx', 'docx'], ['seed.doc', 'word97'], ['seed.wps', 'word97'], ['seed.odt', 'odt'], ['seed.rtf', 'rtf'], ['seed.pdf', 'pdf'], ['seed-stsong.pdf', 'pdf'],
    ['seed.html', 'html'], ['seed-gov.html', 'html'], ['seed-gbk.txt', 'text'], ['seed-utf16.txt', 'text'],
  ])('%s (read as %s) yields the same figures, township and year as seed.txt', async (name, format) => {
    expect(reportFormatOf(fixture(name))).toBe(format)
    const r = await extracted(name)
    expect(figures(r.result)).toEqual(figures(seed.result))
    expect({ township: r.result.township, year: r.result.year }).toEqual({ township: seed.result.township, year: seed.result.year })
    expect(r.result.values.map(v => r.text.slice(v.start, v.end))).toEqual(seed.result.values.map(v => withoutCjkSpaces(seed.text.slice(v.start, v.end))))
  })

  it.each(['seed.docx', 'seed.doc', 'seed.wps', 'seed.odt', 'seed.rtf', 'seed.html'])('%s reads to the seed text, paragraph for paragraph', async (name) => {
    expect(await readReportText(fixture(name), env)).toEqual({ text: seedLines.join('\n') })
  })

  it.each(['seed.pdf', 'seed-stsong.pdf'])('%s reads to the seed paragraph for paragraph: wrapped lines joined (numbers too), no space between Chinese characters, no page numbers', async (name) => {
    expect(await readReportText(fixture(name), env)).toEqual({ text: withoutCjkSpaces(seedLines.join('\n')) })
  })

  it('the government web page keeps the title and publication lines above the body, and no navigation, sidebar, footer or script', async () => {
    const read = await readReportText(fixture('seed-gov.html'), env)
    if ('error' in read) throw new Error(read.error)
    const lines = read.text.split('\n')
    expect(lines.slice(0, 4)).toEqual([
      '大同镇人民政府2024年度法治政府建设年度报告',
      '索引号： 11530000-2024-00088 [ 发布机构 ] 大同镇人民政府',
      '[ 成文日期 ] 2024-12-02 [ 发布日期 ] 2024-12-05',
      '发布时间：2024-12-05 10:30 来源：大同镇人民政府 浏览次数：1024 【字体：大 中 小】',
    ])
    expect(lines.slice(4)).toEqual(seedLines.slice(2))
    for (const furniture of ['首页', '热点信息', '防汛演练', '统计代码', '备案号', '分享到', '打印本页', '当前位置']) expect(read.text).not.toContain(furniture)
  })

  it('a scanned PDF (a picture of the page, no text layer) is refused with the advice to OCR it or ask for the Word file', async () => {
    const r = await extractReportFile(fixture('seed-scanned.pdf'), { registry }, env)
    expect(r).toEqual({ file: 'seed-scanned.pdf', error: PDF_MESSAGES.scanned, errorText: { code: 'report-pdf-scanned' } })
    expect(PDF_MESSAGES.scanned).toMatch(/图片.*OCR.*Word/u)
  })

  it('without pdf.js (an environment that cannot load it) a PDF gets a message, not an exception', async () => {
    expect(await readReportText(fixture('seed.pdf'))).toEqual({ error: PDF_MESSAGES.unavailable, errorText: { code: 'report-pdf-unavailable' } })
  })
})
