// parseTownshipList over rows a header parse treats specially: wrong field counts, bad quotes, line
// breaks inside quotes, blank lines, CRLF, repeated and padded headers, a BOM. Each case states the
// townships read and every issue with its row, as a spreadsheet numbers them.
import { describe, expect, it } from 'vitest'
import { parseTownshipList } from '@/core/townships'

const header = 'code,name,kind,population,area_km2,aliases'
const T = (code: string, name: string, extra: Record<string, unknown> = {}) => ({ code, name, kind: '镇', population: null, area_km2: null, aliases: [], ...extra })

describe('parseTownshipList, row by row', () => {
  it.each([
    ['a row with too many fields (kept, warned)', `${header}\n990101101000,大同镇,镇,,,,extra\n`, [T('990101101000', '大同镇')], [[2, 'malformed-row', 'list-too-many-fields']]],
    ['a row with too few fields (kept, warned)', `${header}\n990101101000,大同镇,镇\n`, [T('990101101000', '大同镇')], [[2, 'malformed-row', 'list-too-few-fields']]],
    ['a row too short to have a name', `${header}\n990101101000\n`, [], [[2, 'malformed-row', 'list-too-few-fields'], [2, 'missing-value', 'list-missing-name']]],
    ['blank lines and CRLF counted', `${header}\r\n\r\n990101101000,大同镇,镇,,,\r\n\r\n\r\n990101102000,白马镇,镇,,,\r\n`, [T('990101101000', '大同镇'), T('990101102000', '白马镇')], []],
    ['a line break inside quotes', `${header}\n990101101000,大同镇,镇,,,"大同\n大同场"\n990101101000,白马镇,镇,,,\n`, [T('990101101000', '大同镇', { aliases: ['大同\n大同场'] })], [[4, 'duplicate-row', 'list-duplicate']]],
    ['a bad quote', `${header}\n990101101000,大"同镇,镇,,,\n990101102000,白马镇,镇,,,\n`, [T('990101101000', '大"同镇'), T('990101102000', '白马镇')], []],
    // The quote runs to the end of the file: the row is numbered by the line it ends on.
    ['an unclosed quote', `${header}\n990101101000,"大同镇,镇,,,\n990101102000,白马镇,镇,,,\n`, [], [[3, 'malformed-row', 'list-bad-quotes'], [3, 'malformed-row', 'list-too-few-fields'], [3, 'invalid-kind', 'list-invalid-kind']]],
    ['a repeated header: the first column of the name counts', 'code,name,name,kind\n990101101000,大同镇,白马镇,镇\n', [T('990101101000', '大同镇')], []],
    ['padded headers and a BOM', `\uFEFF code , name ,kind\n990101101000,大同镇,镇\n`, [T('990101101000', '大同镇')], []],
    ['columns in another order, a county', 'name,county,code\n大同镇,示例县,990101101000\n', [T('990101101000', '大同镇', { county: '示例县' })], []],
  ])('%s', (_what, csv, townships, issues) => {
    const got = parseTownshipList(csv)
    expect(got.townships).toEqual(townships)
    expect(got.issues.map(i => [i.row, i.code, i.text?.code])).toEqual(issues)
  })
})
