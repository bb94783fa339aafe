import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { docxToText } from '@/core/extract/docx'
import { extractReportFile, readReportText } from '@/core/extract/input'
import { testRegistry } from '../../helpers/registry'
import { REPORT, makeDocx } from '../../fixtures/reports/makeDocx'

const registry = testRegistry()
const fixture = new Uint8Array(readFileSync(new URL('../../fixtures/reports/hekou-2024.docx', import.meta.url)))

describe('docxToText', () => {
  it('reads the paragraphs of a Word document, one a line', async () => {
    expect(await docxToText(fixture)).toEqual({ text: REPORT.join('\n') })
  })

  it('is what the committed fixture script writes', () => {
    expect(fixture).toEqual(makeDocx(REPORT))
  })

  it('returns an error value for bytes that are no Word document', async () => {
    const r = await docxToText(new Uint8Array([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]))
    expect(r).toHaveProperty('error')
    expect((r as { error: string }).error).toContain('Word')
  })
})

describe('extractReportFile', () => {
  it('reads the figures of a .docx report, with the text its offsets refer to', async () => {
    const r = await extractReportFile({ name: 'hekou-2024.docx', bytes: fixture }, { registry })
    if ('error' in r) throw new Error(r.error)
    expect(r.result.values.map(v => `${v.indicator}=${v.value}${v.approx ? '~' : ''}`)).toEqual([
      'inspections=43', 'penalty_cases=19', 'penalty_amount=8650', 'publicity_events=7', 'publicity_audience=1500~',
    ])
    expect(r.result).toMatchObject({ file: 'hekou-2024.docx', township: '河口镇', year: 2024 })
    expect(r.result.values.map(v => r.text.slice(v.start, v.end))).toEqual(['43次', '19件', '8650元', '七场', '1500余人次'])
  })

  it('reads a .txt report in GBK', async () => {
    const gbk = new Uint8Array(readFileSync(new URL('../../fixtures/encoding/gbk.csv', import.meta.url)))
    expect(await readReportText({ name: 'report.txt', bytes: gbk })).toHaveProperty('text')
  })

  it('refuses a broken .doc file with advice', async () => {
    const doc = new Uint8Array([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])
    const r = await extractReportFile({ name: 'report.doc', bytes: doc }, { registry })
    expect(r).toEqual({ file: 'report.doc', error: expect.stringContaining('.docx'), errorText: { code: expect.stringMatching(/^report-word-/) } })
  })
})
