// The clerk's notes in the 通报 and the feedback sheets: a 说明 line each, plain text (escaped by the
// docx package), the year's notes on every sheet and a township's own only on its sheet.
import { readFileSync, readdirSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { assess, buildNotice, feedbackDocx, noteLine, noticeDocx, readScheme, type DocumentNote } from '@/core/assessment'
import { ingest } from '@/core/import'
import { registry, townships } from '../../helpers/ingest'
import { rowsOf } from '@/core/tableRows'

const dir = new URL('../../../data/sample/', import.meta.url)
const files = readdirSync(dir).map(name => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) }))
const { dataset } = await ingest(files, { registry, townships })
const scheme = readScheme(JSON.parse(readFileSync(new URL('../../../data/assessment.json', import.meta.url), 'utf8')), registry).scheme!
const result = assess({ scheme, registry, townships, submissions: rowsOf(dataset), manual: [], issues: dataset.validationIssues }, 2024)
const notice = buildNotice({ result, scheme, county: '示例县', late: [], previous: null })
const notes: DocumentNote[] = [
  { township: null, indicator: null, text: '数据口径变化' },
  { township: '大同镇', indicator: '行政执法人员持证率', text: '收回执法事项' },
  { township: '白马镇', indicator: null, text: '<w:t>注入</w:t> & =1+1' },
]
const xml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!)

describe('noteLine', () => {
  it.each<[DocumentNote, string]>([
    [{ township: null, indicator: null, text: '数据口径变化' }, '说明：数据口径变化。'],
    [{ township: '大同镇', indicator: null, text: '收回执法事项。' }, '说明：大同镇：收回执法事项。'],
    [{ township: '大同镇', indicator: '持证率', text: '含借调人员' }, '说明：大同镇（持证率）：含借调人员。'],
  ])('%j reads %s', (n, line) => {
    expect(noteLine(n)).toBe(line)
  })
})

describe('notes in the documents', () => {
  it('the 通报 has a 说明 line per note, the text escaped', async () => {
    const doc = xml(await noticeDocx({ result, scheme, notice, county: '示例县', notes }))
    expect(doc).toContain('说明：数据口径变化。')
    expect(doc).toContain('说明：大同镇（行政执法人员持证率）：收回执法事项。')
    expect(doc).toContain('说明：白马镇：&lt;w:t&gt;注入&lt;/w:t&gt; &amp; =1+1。')
    expect(doc).not.toContain('<w:t>注入')
  })
  it.each([['大同镇', true], ['白马镇', false]])('the sheet of %s has the year\'s note, and 大同镇\'s: %s', async (township, own) => {
    const t = result.townships.find(x => x.township === township)!
    const doc = xml(await feedbackDocx(t, { result, scheme, notice, county: '示例县', notes }))
    expect(doc).toContain('说明：数据口径变化。')
    expect(doc.includes('收回执法事项')).toBe(own)
  })
  it('without notes there is no 说明 line', async () => {
    expect(xml(await noticeDocx({ result, scheme, notice, county: '示例县' }))).not.toContain('说明：')
  })
})
