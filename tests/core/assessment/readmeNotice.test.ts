// The README's text excerpt of the 通报 stays true: the 通报 is generated here from the bundled county
// (data/sample, data/assessment.json, no reviewer scores yet, nobody late) and every excerpt line must be
// one of its paragraphs or ranking rows (cells joined by " | ").
import { readFileSync, readdirSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { assess, buildNotice, noticeDocx, readScheme } from '@/core/assessment'
import { ingest } from '@/core/import'
import { registry, townships } from '../../helpers/ingest'
import { rowsOf } from '@/core/tableRows'

const root = new URL('../../../', import.meta.url)
const dir = new URL('data/sample/', root)
const files = readdirSync(dir).sort().map(name => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) }))
const { dataset } = await ingest(files, { registry, townships })
const scheme = readScheme(JSON.parse(readFileSync(new URL('data/assessment.json', root), 'utf8')), registry).scheme!
const county = (JSON.parse(readFileSync(new URL('data/dashboard.json', root), 'utf8')) as { county: string }).county
const input = { scheme, registry, townships, submissions: rowsOf(dataset), manual: [], issues: dataset.validationIssues }
const year = Math.max(...rowsOf(dataset).map(s => s.year))
const result = assess(input, year)
const previous = assess(input, year - 1)
const notice = buildNotice({ result, scheme, county, late: [], previous })

/** The README lines between the notice-excerpt markers, code fence removed. */
function excerpt(): string[] {
  const readme = readFileSync(new URL('README.md', root), 'utf8')
  const body = readme.split('<!-- notice-excerpt:start -->')[1]?.split('<!-- notice-excerpt:end -->')[0] ?? ''
  return body.split('\n').map(l => l.trim()).filter(l => l !== '' && !l.startsWith('```'))
}

describe('the README excerpt of the 通报', () => {
  it('is the text the bundled county\'s 通报 holds, line by line', async () => {
    const xml = strFromU8(unzipSync(await noticeDocx({ result, scheme, notice, county }))['word/document.xml']!)
    const text = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join('')
    const rows = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].flatMap(t => t[0].split('</w:tr>').slice(0, -1).map(r => r.split('</w:tc>').slice(0, -1).map(text).join(' | ')))
    const paragraphs = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').split('</w:p>').map(text).filter(p => p !== '')
    const lines = excerpt()
    expect(lines.length).toBeGreaterThanOrEqual(8)
    for (const line of lines) expect([...paragraphs, ...rows], line).toContain(line)
    // Title, opening and the first ranking rows, in the document's order.
    expect(lines.slice(0, 4)).toEqual([notice.docNumber, notice.title, '各乡镇人民政府、街道办事处：', notice.opening])
  })
})
