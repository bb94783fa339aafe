// The county's township list (data/townships.csv): read, checked row by row, every problem an issue naming its row and column.
import Papa from 'papaparse'
import { foldName, KIND_WORDS } from './townshipNames'
import type { Issue, Township } from './types'

const FILE = 'townships.csv'
const REQUIRED_COLUMNS = ['code', 'name'] as const
const KNOWN_COLUMNS = new Set(['code', 'name', 'kind', 'population', 'area_km2', 'aliases'])

function townshipIssue(row: number | null, column: string | null, severity: Issue['severity'], code: string, message: string, extra: Partial<Issue> = {}): Issue {
  return { file: FILE, row, column, indicator: null, township: null, year: null, severity, code, message, ...extra }
}

/** A non-negative number from a cell ('12,345' accepted); null when empty; undefined when unreadable. */
function readNumber(raw: string): number | null | undefined {
  const text = foldName(raw).replace(/,/g, '')
  if (text === '') return null
  const n = Number(text)
  return Number.isFinite(n) && n >= 0 ? n : undefined
}

/**
 * Reads the township list CSV (header `code,name,kind,population,area_km2,aliases`; aliases split by `|`).
 * A row without a code or name, with an unknown kind (镇/乡/街道; when empty it is taken from the name's
 * ending), or repeating a code or name is left out with an error. An unreadable population or area is
 * kept as null with a warning. Rows are numbered as a spreadsheet shows them (header = 1), blank lines counted.
 */
export function parseTownshipList(text: string): { townships: Township[], issues: Issue[] } {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  const issues: Issue[] = []
  const townships: Township[] = []
  const seenCodes = new Set<string>()
  const seenNames = new Set<string>()
  let scanned = 0
  let lineBreaks = 0
  if (source.trim() === '') return { townships, issues: [townshipIssue(null, null, 'error', 'empty-file', '乡镇名单是空的')] }
  const header = Papa.parse<string[]>(source, { preview: 1 }).data[0] ?? []
  const fields = header.map(h => h.trim())
  const missing = REQUIRED_COLUMNS.filter(c => !fields.includes(c))
  if (missing.length > 0) {
    return { townships: [], issues: [townshipIssue(1, null, 'error', 'missing-column', `乡镇名单缺少必需的列：${missing.join('、')}`)] }
  }
  for (const f of fields) {
    if (!KNOWN_COLUMNS.has(f)) issues.push(townshipIssue(1, f, 'warning', 'unknown-column', `乡镇名单中的列“${f}”无法识别，已忽略`))
  }

  Papa.parse<Record<string, string | undefined>>(source, {
    header: true,
    skipEmptyLines: true,
    transformHeader: h => h.trim(),
    step: (result) => {
      let end = result.meta.cursor
      while (end > scanned && (source[end - 1] === '\n' || source[end - 1] === '\r')) end--
      for (let i = scanned; i < end; i++) if (source[i] === '\n') lineBreaks++
      scanned = Math.max(scanned, end)
      const row = lineBreaks + 1
      for (const e of result.errors) {
        const what = e.code === 'TooManyFields' ? '列数多于表头' : e.code === 'TooFewFields' ? '列数少于表头' : '引号或分隔符有误'
        issues.push(townshipIssue(row, null, 'warning', 'malformed-row', `第 ${row} 行${what}，请核对`))
      }
      const t = readRow(result.data, row, issues)
      if (!t) return
      if (seenCodes.has(t.code) || seenNames.has(t.name)) {
        issues.push(townshipIssue(row, seenCodes.has(t.code) ? 'code' : 'name', 'error', 'duplicate-row',
          `第 ${row} 行与前面的乡镇重复（代码 ${t.code}，名称 ${t.name}），已忽略`, { township: t.name }))
        return
      }
      seenCodes.add(t.code)
      seenNames.add(t.name)
      townships.push(t)
    },
  })

  return { townships, issues }
}

function readRow(data: Record<string, string | undefined>, row: number, issues: Issue[]): Township | null {
  const cell = (column: string): string => (data[column] ?? '').trim()
  const code = foldName(cell('code'))
  const name = cell('name').replace(/\s+/gu, '')
  if (name === '' || !/^\d{6,15}$/.test(code)) {
    const column = name === '' ? 'name' : 'code'
    issues.push(townshipIssue(row, column, 'error', name === '' ? 'missing-value' : 'invalid-code',
      name === '' ? `第 ${row} 行缺少乡镇名称，已忽略` : `第 ${row} 行的行政区划代码“${cell('code')}”应为数字，已忽略`,
      { township: name || null, raw: cell(column) }))
    return null
  }
  const kindText = cell('kind')
  const kind = kindText === '' ? KIND_WORDS.find(k => name.endsWith(k)) : KIND_WORDS.find(k => k === kindText)
  if (!kind) {
    issues.push(townshipIssue(row, 'kind', 'error', 'invalid-kind', `第 ${row} 行的类型“${kindText}”应为 镇、乡 或 街道，已忽略`, { township: name, raw: kindText }))
    return null
  }
  const measure = (column: 'population' | 'area_km2', label: string): number | null => {
    const value = readNumber(cell(column))
    if (value !== undefined) return value
    issues.push(townshipIssue(row, column, 'warning', 'not-a-number', `第 ${row} 行的${label}“${cell(column)}”不是非负数字，按缺失处理`, { township: name, raw: cell(column) }))
    return null
  }
  const aliases = cell('aliases').split(/[|｜]/u).map(a => a.trim()).filter(a => a !== '' && a !== name)
  return { code, name, kind, population: measure('population', '人口'), area_km2: measure('area_km2', '面积'), aliases }
}
