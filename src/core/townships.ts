// The county's township list (data/townships.csv): read, checked row by row, every problem an issue naming its row and column.
import Papa from 'papaparse'
import { chinese } from './messages/chinese'
import type { Message } from './messages/render'
import { foldName, KIND_WORDS } from './townshipNames'
import type { Issue, Township } from './types'

const FILE = 'townships.csv'
/** The kinds a list may give, as its files write them. */
export const KINDS: Message = { code: 'list-kinds', params: { town: '镇', xiang: '乡', street: '街道' } }
const NEWLINE = 10
const RETURN = 13
const REQUIRED_COLUMNS = ['code', 'name'] as const
const KNOWN_COLUMNS = new Set(['code', 'name', 'kind', 'population', 'area_km2', 'aliases', 'county'])

function townshipIssue(row: number | null, column: string | null, severity: Issue['severity'], code: string, text: Message, extra: Partial<Issue> = {}): Issue {
  return { file: FILE, row, column, indicator: null, township: null, year: null, severity, code, message: chinese(text), text, ...extra }
}

/** A non-negative number from a cell ('12,345' accepted); null when empty; undefined when unreadable. */
function readNumber(raw: string): number | null | undefined {
  const text = foldName(raw).replace(/,/g, '')
  if (text === '') return null
  const n = Number(text)
  return Number.isFinite(n) && n >= 0 ? n : undefined
}

/**
 * Reads the township list CSV (header `code,name,kind,population,area_km2,aliases`, and `county` in a
 * province's pooled list; aliases split by `|`).
 * A row without a code or name, with an unknown kind (镇/乡/街道; when empty it is taken from the name's
 * ending), or repeating a code or name is left out with an error. An unreadable population or area is
 * kept as null with a warning. Rows are numbered as a spreadsheet shows them (header = 1), blank lines counted.
 * A list without quotes is split by hand, as PapaParse would split it; `reader: 'general'` always
 * has PapaParse read it (what the split must equal).
 */
export function parseTownshipList(text: string, reader: 'auto' | 'general' = 'auto'): { townships: Township[], issues: Issue[] } {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  const issues: Issue[] = []
  const townships: Township[] = []
  const seenCodes = new Set<string>()
  const seenNames = new Set<string>()
  let scanned = 0
  let lineBreaks = 0
  if (source.trim() === '') return { townships, issues: [townshipIssue(null, null, 'error', 'empty-file', { code: 'list-empty' })] }
  const header = Papa.parse<string[]>(source, { preview: 1 }).data[0] ?? []
  const fields = header.map(h => h.trim())
  const missing = REQUIRED_COLUMNS.filter(c => !fields.includes(c))
  if (missing.length > 0) {
    return { townships: [], issues: [townshipIssue(1, null, 'error', 'missing-column', { code: 'list-missing-columns', params: { columns: { list: missing } } })] }
  }
  for (const f of fields) {
    if (!KNOWN_COLUMNS.has(f)) issues.push(townshipIssue(1, f, 'warning', 'unknown-column', { code: 'list-unknown-column', params: { column: f } }))
  }

  // Rows as arrays, each known column read at its index (the first column of that name, as a header
  // parse keeps it): no object per row. The first row is the header.
  const at = (column: string) => fields.indexOf(column)
  const columns: ColumnIndex = { code: at('code'), name: at('name'), kind: at('kind'), population: at('population'), area_km2: at('area_km2'), aliases: at('aliases'), county: at('county') }
  const take = (data: readonly string[], row: number, errors: string[]): void => {
    if (data.length !== fields.length) errors.push(data.length > fields.length ? 'TooManyFields' : 'TooFewFields')
    for (const code of errors) {
      const what = code === 'TooManyFields' ? 'list-too-many-fields' : code === 'TooFewFields' ? 'list-too-few-fields' : 'list-bad-quotes'
      issues.push(townshipIssue(row, null, 'warning', 'malformed-row', { code: what, params: { row } }))
    }
    const t = readRow(data, columns, row, issues)
    if (!t) return
    if (seenCodes.has(t.code) || seenNames.has(t.name)) {
      issues.push(townshipIssue(row, seenCodes.has(t.code) ? 'code' : 'name', 'error', 'duplicate-row',
        { code: 'list-duplicate', params: { row, code: t.code, name: t.name } }, { township: t.name }))
      return
    }
    seenCodes.add(t.code)
    seenNames.add(t.name)
    townships.push(t)
  }
  // The delimiter and line break PapaParse guesses for the whole parse below (skipEmptyLines changes its delimiter guess).
  const { delimiter, linebreak } = Papa.parse<string[]>(source, { skipEmptyLines: true, preview: 1 }).meta
  if (reader === 'auto' && !source.includes('"') && (linebreak === '\n' || linebreak === '\r\n')) {
    // Without a quote PapaParse splits at line breaks and delimiters and no further: so do we, and
    // line i is row i + 1 (the header is line 0; empty lines are skipped, as skipEmptyLines skips them).
    const lines = source.split(linebreak)
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as string
      if (line !== '') take(line.split(delimiter), i + 1, [])
    }
    return { townships, issues }
  }
  let headerRow = true
  Papa.parse<string[]>(source, {
    skipEmptyLines: true,
    step: (result) => {
      let end = result.meta.cursor
      while (end > scanned && (source.charCodeAt(end - 1) === NEWLINE || source.charCodeAt(end - 1) === RETURN)) end--
      // Counted with indexOf: reading source[i] makes a string of each Chinese character.
      for (let i = source.indexOf('\n', scanned); i !== -1 && i < end; i = source.indexOf('\n', i + 1)) lineBreaks++
      scanned = Math.max(scanned, end)
      if (headerRow) { headerRow = false; return }
      take(result.data, lineBreaks + 1, result.errors.map(e => e.code as string))
    },
  })

  return { townships, issues }
}

/** The index of each known column in the header, -1 when it has none. */
type ColumnIndex = Readonly<Record<'code' | 'name' | 'kind' | 'population' | 'area_km2' | 'aliases' | 'county', number>>

function readRow(data: readonly string[], columns: ColumnIndex, row: number, issues: Issue[]): Township | null {
  const cell = (column: keyof ColumnIndex): string => (data[columns[column]] ?? '').trim()
  const code = foldName(cell('code'))
  const name = cell('name').replace(/\s+/gu, '')
  if (name === '' || !/^\d{6,15}$/.test(code)) {
    const column = name === '' ? 'name' : 'code'
    issues.push(townshipIssue(row, column, 'error', name === '' ? 'missing-value' : 'invalid-code',
      name === '' ? { code: 'list-missing-name', params: { row } } : { code: 'list-invalid-code', params: { row, code: cell('code') } },
      { township: name || null, raw: cell(column) }))
    return null
  }
  const kindText = cell('kind')
  const kind = kindText === '' ? KIND_WORDS.find(k => name.endsWith(k)) : KIND_WORDS.find(k => k === kindText)
  if (!kind) {
    issues.push(townshipIssue(row, 'kind', 'error', 'invalid-kind', { code: 'list-invalid-kind', params: { row, kind: kindText, kinds: KINDS } }, { township: name, raw: kindText }))
    return null
  }
  const measure = (column: 'population' | 'area_km2', label: 'list-population-not-a-number' | 'list-area-not-a-number'): number | null => {
    const value = readNumber(cell(column))
    if (value !== undefined) return value
    issues.push(townshipIssue(row, column, 'warning', 'not-a-number', { code: label, params: { row, raw: cell(column) } }, { township: name, raw: cell(column) }))
    return null
  }
  const aliases = cell('aliases').split(/[|｜]/u).map(a => a.trim()).filter(a => a !== '' && a !== name)
  const county = cell('county').replace(/\s+/gu, '')
  const t: Township = { code, name, kind, population: measure('population', 'list-population-not-a-number'), area_km2: measure('area_km2', 'list-area-not-a-number'), aliases }
  if (county !== '') t.county = county
  return t
}
