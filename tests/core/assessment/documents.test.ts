// The Word documents: unzipped, their text holds every township and the totals of the score table.
import { readFileSync, readdirSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { assess, buildNotice, carryCounts, carryForwardAll, feedbackBookDocx, feedbackZip, noticeDocx, rankingCells, rankText, readScheme, scoreTableRows } from '@/core/assessment'
import { rowsToCsv } from '@/core/exportTable'
import { ingest } from '@/core/import'
import { registry, townships } from '../../helpers/ingest'
import { rowsOf } from '@/core/tableRows'

const dir = new URL('../../../data/sample/', import.meta.url)
const files = readdirSync(dir).map(name => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) }))
const { dataset } = await ingest(files, { registry, townships })
const scheme = readScheme(JSON.parse(readFileSync(new URL('../../../data/assessment.json', import.meta.url), 'utf8')), registry).scheme!
const input = { scheme, registry, townships, submissions: rowsOf(dataset), manual: [{ township: '城关街道', item: 'review', year: 2024, points: 9, reason: '=HYPERLINK("x") 报告完整' }], issues: dataset.validationIssues }
const result = assess(input, 2024)
const notice = buildNotice({ result, scheme, county: '示例县', late: ['东城街道'], previous: assess(input, 2023) })
const docs = { result, scheme, notice, county: '示例县' }

/** The visible text of a .docx: the w:t runs of word/document.xml, per paragraph. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!)
  return xml.split('</w:p>').map(p => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join('')).join('\n')
}
/** The cells of a .docx's tables, row by row. */
function docxRows(bytes: Uint8Array): string[][] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!)
  return xml.split('</w:tr>').slice(0, -1).map(r => r.split('</w:tc>').slice(0, -1).map(c => [...c.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join('')))
}

describe('the 通报', () => {
  it('holds the title, the placeholders and a ranking row per township equal to the score table', async () => {
    const bytes = await noticeDocx({ ...docs, chart: { png: new Uint8Array(readFileSync(new URL('../../e2e/readme/overview.png', import.meta.url))), width: 600, height: 400 } })
    const text = docxText(bytes)
    expect(text).toMatch(/示例县2024年度乡镇（街道）法治建设考核情况通报/)
    expect(text).toMatch(/×法治办〔2025〕×号/)
    expect(text).toMatch(/逾期（东城街道）/)
    const rows = docxRows(bytes)
    for (const t of result.townships) expect(rows).toContainEqual(rankingCells(t, scheme, result).slice(0, 7))
    // The bundled 2024 has a tie (双河镇, 永丰镇): both read 并列第 N in the ranking and are named together.
    const tied = result.townships.filter(t => result.townships.some(x => x !== t && x.rank === t.rank))
    expect(tied.length).toBeGreaterThan(1)
    for (const t of tied) expect(rows.find(r => r[1] === t.township)?.[0]).toBe(`并列第 ${t.rank}`)
    expect(text).toContain(`${tied.filter(t => t.rank === tied[0]!.rank).map(t => t.township).join('、')}并列第 ${tied[0]!.rank} 名`)
    expect(Object.keys(unzipSync(bytes)).some(n => n.startsWith('word/media/'))).toBe(true)
  })
})

describe('the feedback sheets', () => {
  it('puts one sheet per township in the ZIP, each with its total, grade and rank', async () => {
    const zip = unzipSync(await feedbackZip(docs))
    expect(Object.keys(zip)).toHaveLength(result.townships.length)
    for (const t of result.townships) {
      const name = Object.keys(zip).find(n => n.endsWith(`-${t.township}.docx`))!
      const rows = docxRows(zip[name]!)
      expect(rows[1]?.slice(0, 3)).toEqual([String(t.total), t.grade, `${rankText(result, t)} / ${result.townships.length}`])
    }
  })
  it('lists last year\'s problems under 上年整改情况, and says so in one line when there was no last year', async () => {
    const carry = carryForwardAll(result, assess(input, 2023), new Map(), new Map())
    const zip = unzipSync(await feedbackZip({ ...docs, carry }))
    const sheet = (name: string) => zip[Object.keys(zip).find(n => n.endsWith(`-${name}.docx`))!]!
    expect(docxText(sheet('青石镇'))).toMatch(/四、上年整改情况/)
    expect(docxRows(sheet('青石镇'))).toContainEqual(['行政诉讼败诉：上年失 2 分（满分 6 分）', '本年不再失分', '已整改'])
    expect(docxRows(sheet('杨柳乡'))).toContainEqual(['执法人员持证率：上年失 5 分（满分 10 分）', '本年未报送数据', '无法判断'])
    const none = unzipSync(await feedbackZip({ ...docs, carry: carryForwardAll(result, null, new Map(), new Map()) }))
    const text = docxText(none[Object.keys(none)[0]!]!)
    expect(text).toMatch(/2023 年无本乡镇（街道）数据，无上年整改情况可列。/)
    expect(docxRows(none[Object.keys(none)[0]!]!).some(r => r[0] === '上年问题')).toBe(false)
  })
  it('counts last year\'s problems fixed and not fixed in the 通报\'s 整改 section', async () => {
    const carry = carryForwardAll(result, assess(input, 2023), new Map(), new Map())
    const c = carryCounts([...carry.values()])
    expect(c.fixed).toBeGreaterThan(0)
    expect(c.open).toBeGreaterThan(0)
    const text = docxText(await noticeDocx({ ...docs, carry }))
    expect(text).toContain(`上年问题整改情况：对照上年考核的失分项、否决项和红灯，${c.fixed} 项已整改，${c.open} 项未整改，${c.unknown} 项因本年缺数等无法判断。`)
    expect(docxText(await noticeDocx(docs))).toMatch(/上年问题整改情况：上年无考核数据/)
  })
  it('makes one document with a section per township', async () => {
    const xml = strFromU8(unzipSync(await feedbackBookDocx(docs))['word/document.xml']!)
    expect(xml.match(/<w:sectPr/g)).toHaveLength(result.townships.length)
  })
})

describe('the score table export', () => {
  it('neutralises formulas in the CSV and writes numbers as numbers', () => {
    const rows = scoreTableRows(result, scheme)
    expect(rows).toHaveLength(result.townships.length + 1)
    expect(typeof rows[1]![3]).toBe('number')
    expect(rowsToCsv([['=1+1'], ['@x']])).toMatch(/'=1\+1/)
  })
})
