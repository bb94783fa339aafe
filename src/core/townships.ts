// The county's township list (data/townships.csv) and loose matching of township names as files write them.
import Papa from 'papaparse'
import type { Issue, Township } from './types'

const FILE = 'townships.csv'
const KINDS: readonly Township['kind'][] = ['街道', '镇', '乡']
const REQUIRED_COLUMNS = ['code', 'name'] as const
const KNOWN_COLUMNS = new Set(['code', 'name', 'kind', 'population', 'area_km2', 'aliases'])
/** Trailing words naming the township's organs rather than the township: 大同镇人民政府, 城关街道办事处. */
const ORGAN_SUFFIXES = ['人民政府', '政府', '办事处', '党工委', '党委']
/** Characters that end a higher-level division: 某某省, 示例县, 某某市, 某某区, 某某州, 某某旗. */
const PREFIX_ENDS = new Set(['省', '市', '县', '区', '州', '旗'])

/** Characters fold() changes besides letter case: full-width forms and whitespace (U+3000 included). */
const NEEDS_FOLDING = /[\uff01-\uff5e\s]/

/**
 * Folds a name for comparison: full-width → half-width (ＡＢＣ１２３, ideographic space), lower case,
 * all whitespace removed. Chinese characters are untouched.
 */
function fold(name: string): string {
  if (!NEEDS_FOLDING.test(name)) return name.toLowerCase()
  let out = ''
  for (const ch of name) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCodePoint(cp - 0xfee0)
    else if (cp === 0x3000) out += ' '
    else out += ch
  }
  return out.toLowerCase().replace(/\s+/gu, '')
}

/** Drops organ suffixes, repeatedly (大同镇党委政府 → 大同镇); 城关街道办 → 城关街道. Never leaves an empty name. */
function stripOrganSuffixes(name: string): string {
  let s = name
  for (let changed = true; changed;) {
    changed = false
    for (const suffix of ORGAN_SUFFIXES) {
      if (s.endsWith(suffix) && s.length > suffix.length) {
        s = s.slice(0, -suffix.length)
        changed = true
      }
    }
  }
  return s.endsWith('街道办') ? s.slice(0, -1) : s
}

/** Drops the kind word: 城关街道 → 城关, 大同镇 → 大同, 云岭乡 → 云岭; '' when nothing is left. */
function stripKind(name: string): string {
  for (const kind of KINDS) {
    if (name.endsWith(kind)) return name.slice(0, -kind.length)
  }
  return name
}

/**
 * The core of a township name, without a leading county/city/province prefix, organ suffixes and the
 * kind word: 'XX省示例县大同镇人民政府' → '大同', '城关街道' → '城关', ' 青石 ' → '青石'.
 * A prefix is cut only where at least two characters of core remain, so 新市镇 stays 新市 and
 * 示例县新区街道 becomes 新区. Without the township list this is a heuristic; the matcher tries the list first.
 */
export function coreName(name: string): string {
  const base = stripOrganSuffixes(fold(name))
  for (let i = base.length - 2; i >= 1; i--) {
    if (!PREFIX_ENDS.has(base[i] ?? '')) continue
    const core = stripKind(base.slice(i + 1))
    if (core.length >= 2) return core
  }
  return stripKind(base) || base
}

export type TownshipMatch =
  | { township: Township, exact: boolean }
  | { township: null, suggestion: Township | null }

/** Adds key → township; a key claimed by two townships becomes ambiguous (null) and matches neither. */
function claim(index: Map<string, Township | null>, key: string, t: Township): void {
  if (key === '') return
  const held = index.get(key)
  if (held === undefined) index.set(key, t)
  else if (held !== null && held.code !== t.code) index.set(key, null)
}

/** Levenshtein distance of a and b (UTF-16 code units), or limit + 1 as soon as it must exceed limit. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let prev: number[] = []
  let cur: number[] = []
  for (let j = 0; j <= b.length; j++) prev.push(j)
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let rowMin = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1
      const d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
      cur[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > limit) return limit + 1
    const swap = prev
    prev = cur
    cur = swap
  }
  return prev[b.length] ?? limit + 1
}

const CACHE_LIMIT = 50_000

/**
 * Builds a matcher over the township list (indices are built once; results are cached, so repeated
 * names cost a map lookup). A name matches when, after folding (trim, full-width → half-width,
 * whitespace removed), organ suffixes (人民政府, 政府, 办事处, 党委) and any prefix ending in
 * 省/市/县/区/州/旗 are removed, it equals a township's name, an alias, or its core name (大同 → 大同镇).
 * `exact` is true only when the folded name is the official name itself.
 * An unknown name returns the closest township as a suggestion when its core is within edit distance
 * max(1, ⌊len/3⌋) of a township's core (len = the longer core), else the township whose name or alias
 * begins the name (白马镇村委会 → 白马镇), else null. Never throws on any string.
 */
export function createTownshipMatcher(list: readonly Township[]): (name: string) => TownshipMatch {
  const byName = new Map<string, Township | null>()
  const byAlias = new Map<string, Township | null>()
  const byCore = new Map<string, Township | null>()
  const cores: { core: string, township: Township }[] = []
  for (const t of list) claim(byName, fold(t.name), t)
  for (const t of list) {
    const core = stripKind(stripOrganSuffixes(fold(t.name)))
    claim(byCore, core, t)
    cores.push({ core, township: t })
    for (const alias of t.aliases) {
      const a = fold(alias)
      claim(byAlias, a, t)
      claim(byCore, stripKind(a), t)
      cores.push({ core: stripKind(a), township: t })
    }
  }

  const lookup = (key: string): Township | null =>
    byName.get(key) ?? byAlias.get(key) ?? byCore.get(key) ?? byCore.get(stripKind(key)) ?? null

  const suggest = (name: string): Township | null => {
    const core = coreName(name)
    if (core === '') return null
    let best: Township | null = null
    let bestDistance = Infinity
    for (const c of cores) {
      if (c.core === '') continue
      const longer = Math.max(core.length, c.core.length)
      // Most names are far from most townships in length alone: skip them before any arithmetic on characters.
      if (Math.abs(core.length - c.core.length) > Math.max(1, Math.floor(longer / 3))) continue
      const limit = Math.max(1, Math.floor(longer / 3))
      const d = editDistance(core, c.core, Math.min(limit, bestDistance - 1))
      if (d <= limit && d < bestDistance) {
        best = c.township
        bestDistance = d
      }
    }
    return best
  }

  /** The listed township whose full name (or alias of 2+ characters) begins the name: 白马镇村委会 → 白马镇; the longest wins. */
  const startsWithTownship = (name: string): Township | null => {
    let best: Township | null = null
    let bestLength = 1
    for (const t of list) {
      for (const n of [t.name, ...t.aliases]) {
        const key = fold(n)
        if (key.length > bestLength && name.startsWith(key)) { best = t; bestLength = key.length }
      }
    }
    return best
  }

  const match = (name: string): TownshipMatch => {
    const folded = fold(name)
    if (folded === '') return { township: null, suggestion: null }
    const exact = byName.get(folded)
    if (exact) return { township: exact, exact: true }
    const base = stripOrganSuffixes(folded)
    const candidates = [folded, base]
    for (let i = 0; i < base.length - 1; i++) {
      if (PREFIX_ENDS.has(base[i] ?? '')) candidates.push(base.slice(i + 1))
    }
    for (const candidate of candidates) {
      const township = lookup(candidate)
      if (township) return { township, exact: false }
    }
    return { township: null, suggestion: suggest(base) ?? startsWithTownship(base) }
  }

  const cache = new Map<string, TownshipMatch>()
  return (name: string) => {
    const hit = cache.get(name)
    if (hit) return hit
    const result = match(name)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(name, result)
    return result
  }
}

function townshipIssue(row: number | null, column: string | null, severity: Issue['severity'], code: string, message: string, extra: Partial<Issue> = {}): Issue {
  return { file: FILE, row, column, indicator: null, township: null, year: null, severity, code, message, ...extra }
}

/** A non-negative number from a cell ('12,345' accepted); null when empty; undefined when unreadable. */
function readNumber(raw: string): number | null | undefined {
  const text = fold(raw).replace(/,/g, '')
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
  const code = fold(cell('code'))
  const name = cell('name').replace(/\s+/gu, '')
  if (name === '' || !/^\d{6,15}$/.test(code)) {
    const column = name === '' ? 'name' : 'code'
    issues.push(townshipIssue(row, column, 'error', name === '' ? 'missing-value' : 'invalid-code',
      name === '' ? `第 ${row} 行缺少乡镇名称，已忽略` : `第 ${row} 行的行政区划代码“${cell('code')}”应为数字，已忽略`,
      { township: name || null, raw: cell(column) }))
    return null
  }
  const kindText = cell('kind')
  const kind = kindText === '' ? KINDS.find(k => name.endsWith(k)) : KINDS.find(k => k === kindText)
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
