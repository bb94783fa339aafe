// The score command: the county's 考核 scheme over submission files, with the same core as the app.
//   score [--json] --scheme FILE [--manual FILE] [--townships FILE] [--registry FILE] [--year Y] DATA...
// --json prints exactly {"scheme","year","townships":[{"township","kind","total","grade","rank","rankChange",
// "completeness","groups","items":[{"item","points","max","status","value","reason","evidence":[{"file","row"}]}]}]}
// sorted by rank. Manual scores: a CSV `township,item,points,reason[,year]` (no year: the scored year).
// Exit codes: 0 scored; 1 the scheme (or the manual CSV) is invalid, with messages naming the item or row; 2 usage.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { assess, parseManualCsv, readScheme, type AssessmentResult } from '../core/assessment'
import { ingest } from '../core/import'
import type { InputFile } from '../core/types'
import { loadRegistryFile, loadTownshipFile } from './loadData'
import { yearsOf } from '../core/table'
import { rowsOf } from '../core/tableRows'

export const SCORE_USAGE = '  npm run -s cli -- score [--json] --scheme FILE [--manual FILE] [--townships FILE] [--year Y] DATA...'

type Print = (s: string) => void

/** The agreed JSON shape of a result. */
export function scoreJson(r: AssessmentResult): object {
  return {
    scheme: r.scheme,
    year: r.year,
    townships: r.townships.map(t => ({
      township: t.township, kind: t.kind, total: t.total, grade: t.grade, rank: t.rank, rankChange: t.rankChange,
      completeness: Math.round(t.completeness * 10000) / 10000, groups: t.groups,
      items: t.items.map(i => ({ item: i.item, points: i.points, max: i.max, status: i.status, value: i.value, reason: i.reason, evidence: i.evidence.map(e => (e.sentence ? { file: e.file, row: e.row, sentence: e.sentence } : { file: e.file, row: e.row })) })),
    })),
  }
}

function read(path: string, what: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path))
  } catch (e) {
    throw new Error(`无法打开${what} ${path}：${e instanceof Error ? e.message : String(e)}`, { cause: e })
  }
}

/** Runs `score`; returns the exit code. */
export async function runScore(args: readonly string[], out: Print, err: Print): Promise<number> {
  let values: { json?: boolean, scheme?: string, manual?: string, townships?: string, registry?: string, year?: string }
  let positionals: string[]
  try {
    ({ values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { json: { type: 'boolean', default: false }, scheme: { type: 'string' }, manual: { type: 'string' }, townships: { type: 'string' }, registry: { type: 'string' }, year: { type: 'string' } } }))
  } catch (e) {
    err(`${e instanceof Error ? e.message : String(e)}\n${SCORE_USAGE}`)
    return 2
  }
  const year = values.year === undefined ? null : Number(values.year)
  if (!values.scheme || positionals.length === 0 || (year !== null && !Number.isInteger(year))) {
    err(`${!values.scheme ? '缺少 --scheme FILE' : positionals.length === 0 ? '没有给出数据文件' : '--year 应为整数'}\n${SCORE_USAGE}`)
    return 2
  }
  let files: InputFile[]
  let schemeRaw: unknown
  try {
    files = positionals.map(p => ({ name: basename(p), bytes: read(p, '数据文件') }))
    schemeRaw = JSON.parse(new TextDecoder().decode(read(values.scheme, '考核方案')))
  } catch (e) {
    err(`${e instanceof Error ? e.message : String(e)}\n${SCORE_USAGE}`)
    return e instanceof SyntaxError ? 1 : 2
  }
  const registry = loadRegistryFile(values.registry)
  const townships = loadTownshipFile(values.townships)
  const { scheme, problems } = readScheme(schemeRaw, registry)
  if (!scheme) {
    err(`考核方案 ${values.scheme} 有误：`)
    for (const p of problems) err(`  ${p.message} [${p.code}]`)
    return 1
  }
  const { dataset } = await ingest(files, { registry, townships })
  const scored = year ?? Math.max(...yearsOf(dataset.table), scheme.year)
  let manual: ReturnType<typeof parseManualCsv>['accepted'] = []
  if (values.manual) {
    const parsed = parseManualCsv(new TextDecoder().decode(read(values.manual, '评议分文件')), scheme, townships, scored)
    if (parsed.problems.length > 0) {
      err(`评议分文件 ${values.manual} 有误：`)
      for (const p of parsed.problems) err(`  ${p.message}`)
      return 1
    }
    manual = parsed.accepted
  }
  const result = assess({ scheme, registry, townships, submissions: rowsOf(dataset), manual, issues: dataset.validationIssues }, scored)
  if (values.json) {
    out(JSON.stringify(scoreJson(result)))
    return 0
  }
  out(`${result.scheme}：${result.year} 年度，${result.townships.length} 个乡镇（街道）`)
  for (const t of result.townships) {
    const change = t.rankChange === null ? '—' : t.rankChange > 0 ? `↑${t.rankChange}` : t.rankChange < 0 ? `↓${-t.rankChange}` : '持平'
    out(`${String(t.rank).padStart(3)}  ${t.township}  ${t.total} 分  ${t.grade}  ${change}  数据完整度 ${Math.round(t.completeness * 100)}%`)
  }
  if (result.unscored.length > 0) out(`名称未确认、未计分：${result.unscored.join('、')}`)
  return 0
}
