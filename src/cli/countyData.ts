// A county's own data folder for the single-file build (`npm run build:single -- --data DIR`):
// finds its files, checks them with the same core as the app, and writes a folder shaped like
// data/ (the bundled defaults overlaid with the county's files) for the build to bundle.
//
// Layout of DIR (every file but the submissions is optional; missing ones come from data/):
//   townships.csv              the county's township list (columns as data/townships.csv)
//   indicators.json            the indicator registry
//   flags.json                 红黄绿 rules
//   dashboard.json             headline / keyRates / firstChart, and "county": "某某县"
//   assessment.json            the county's 考核 scheme (checked against the registry when supplied)
//   submissions/*.csv|tsv|json the submissions (or sample/…, or *.csv|*.tsv directly in DIR)
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { readScheme } from '../core/assessment'
import { readFlagRules } from '../core/flagRules'
import { ingest } from '../core/import'
import { loadRegistry, RegistryError } from '../core/registry'
import { parseTownshipList } from '../core/townships'
import type { InputFile, Registry, Township } from '../core/types'

/** Formats the app reads synchronously at start-up; Excel goes through `npm run cli -- convert` first. */
const SUBMISSION_EXTENSIONS = new Set(['.csv', '.tsv', '.json'])
const SUBMISSION_FOLDERS = ['submissions', 'sample']
const CONFIG_FILES = ['townships.csv', 'indicators.json', 'flags.json', 'dashboard.json', 'assessment.json'] as const

export interface CountyFiles {
  dir: string
  /** Config files the county supplies (a subset of CONFIG_FILES), as absolute paths. */
  config: Partial<Record<typeof CONFIG_FILES[number], string>>
  /** Submission files, sorted by name. */
  submissions: string[]
  /** Files that look like data but cannot be bundled as they are (Excel, Word): named in the summary. */
  skipped: string[]
}

export interface CountyCheck {
  /** The county's name as the dashboard shows it. */
  county: string
  /** Lines for the build log: what was found and how the submissions read. */
  summary: string[]
  /** Reasons the build must stop (empty when the data can be bundled). */
  problems: string[]
}

const isFile = (p: string) => existsSync(p) && statSync(p).isFile()
const listDir = (dir: string) => readdirSync(dir).sort((a, b) => a.localeCompare(b, 'zh-CN')).map(name => join(dir, name)).filter(isFile)
const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** Finds the county's files in `dir` (see the layout above). Throws when `dir` is not a folder. */
export function findCountyFiles(dir: string): CountyFiles {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`数据文件夹不存在：${dir}`)
  const config: CountyFiles['config'] = {}
  for (const name of CONFIG_FILES) if (isFile(join(dir, name))) config[name] = join(dir, name)
  const folder = SUBMISSION_FOLDERS.map(f => join(dir, f)).find(f => existsSync(f) && statSync(f).isDirectory())
  const candidates = folder ? listDir(folder) : listDir(dir).filter(p => !(CONFIG_FILES as readonly string[]).includes(basename(p)))
  const dataLike = (p: string) => folder !== undefined || extname(p).toLowerCase() !== '.json'
  const submissions = candidates.filter(p => SUBMISSION_EXTENSIONS.has(extname(p).toLowerCase()) && dataLike(p))
  const skipped = candidates.filter(p => ['.xlsx', '.xls', '.docx', '.doc'].includes(extname(p).toLowerCase()))
  return { dir, config, submissions, skipped }
}

function readJson(path: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (e) {
    problems.push(`${basename(path)} 不是有效的 JSON：${message(e)}`)
    return undefined
  }
}

/** The dashboard config the build bundles: data/dashboard.json overlaid with the county's keys, its name and sample: false. */
function dashboardConfig(files: CountyFiles, defaults: Record<string, unknown>, county: string | undefined, problems: string[]): Record<string, unknown> {
  const own = files.config['dashboard.json'] ? readJson(files.config['dashboard.json'], problems) : {}
  if (typeof own !== 'object' || own === null || Array.isArray(own)) {
    if (own !== undefined) problems.push('dashboard.json 应为对象 { "headline": [...], "keyRates": [...], "firstChart": "..." }')
    return { ...defaults, county: county ?? basename(files.dir), sample: false }
  }
  const o = own as Record<string, unknown>
  for (const key of ['headline', 'keyRates'] as const) {
    if (key in o && !(Array.isArray(o[key]) && (o[key] as unknown[]).every(x => typeof x === 'string'))) problems.push(`dashboard.json 的 ${key} 应为指标 id 的数组`)
  }
  if ('firstChart' in o && typeof o.firstChart !== 'string') problems.push('dashboard.json 的 firstChart 应为指标 id')
  const name = county ?? (typeof o.county === 'string' && o.county.trim() !== '' ? o.county.trim() : basename(files.dir))
  return { ...defaults, ...o, county: name, sample: false }
}

/**
 * Checks the county's files with the app's own core and writes them into `stagingDir` laid out as
 * data/ (defaults from `defaultsDir` for what the county does not supply). `county` overrides the
 * name; otherwise dashboard.json's "county", else the folder's name. The staging folder is replaced.
 */
export async function stageCountyData(dir: string, stagingDir: string, defaultsDir: string, county?: string): Promise<CountyCheck> {
  const files = findCountyFiles(dir)
  const problems: string[] = []
  const summary: string[] = []
  const source = (name: typeof CONFIG_FILES[number]) => files.config[name] ?? join(defaultsDir, name)
  const origin = (name: typeof CONFIG_FILES[number]) => (files.config[name] ? '本县' : '默认')

  let registry: Registry | null = null
  const rawRegistry = readJson(source('indicators.json'), problems)
  try {
    if (rawRegistry !== undefined) registry = loadRegistry(rawRegistry)
  } catch (e) {
    problems.push(`indicators.json 有误：${e instanceof RegistryError ? e.problems.join('；') : message(e)}`)
  }
  const list = parseTownshipList(readFileSync(source('townships.csv'), 'utf8'))
  for (const i of list.issues.filter(x => x.severity === 'error')) problems.push(`townships.csv 第 ${i.row} 行：${i.message}`)
  const townships: readonly Township[] = list.townships
  if (townships.length === 0) problems.push('townships.csv 中没有乡镇')
  const flags = readJson(source('flags.json'), problems)
  if (flags !== undefined) for (const p of readFlagRules(flags).problems) problems.push(`flags.json：${p}`)
  if (files.config['assessment.json'] && registry) {
    const raw = readJson(files.config['assessment.json'], problems)
    if (raw !== undefined) for (const p of readScheme(raw, registry).problems) problems.push(`assessment.json：${p.message}`)
  }
  const defaults = readJson(join(defaultsDir, 'dashboard.json'), problems) as Record<string, unknown>
  const dashboard = dashboardConfig(files, defaults, county, problems)
  const name = String(dashboard.county)

  summary.push(`县名：${name}`)
  summary.push(`乡镇名单（${origin('townships.csv')}）：${townships.length} 个；指标库（${origin('indicators.json')}）：${registry?.indicators.length ?? 0} 项；红黄绿规则（${origin('flags.json')}）；看板配置（${origin('dashboard.json')}）`)
  for (const s of files.skipped) summary.push(`未打包 ${basename(s)}：打包只收 CSV/TSV/JSON，Excel 请先转换（npm run -s cli -- convert 文件 --to wide --out ${join(basename(dir), 'submissions', '数据.csv')}）`)
  if (files.submissions.length === 0) problems.push(`${dir} 中没有报送数据文件（submissions/*.csv 或 *.csv）`)

  if (registry && files.submissions.length > 0) {
    const inputs: InputFile[] = files.submissions.map(p => ({ name: `${name}-${basename(p)}`, bytes: new Uint8Array(readFileSync(p)) }))
    const { dataset, log, pending } = await ingest(inputs, { registry, townships })
    for (const r of log.files) summary.push(`${r.file}：${r.rows} 行，读入 ${r.accepted} 行，拒绝 ${r.rejected} 行（${r.status}）`)
    const all = [...log.issues, ...dataset.validationIssues]
    const errors = all.filter(i => i.severity === 'error').length
    const years = [...new Set(dataset.submissions.map(s => s.year))].sort((a, b) => a - b)
    summary.push(`共 ${dataset.submissions.length} 份报送，年度 ${years.join('、') || '无'}；${errors} 个错误，${all.length - errors} 个警告（打开看板“数据”页可逐条查看）`)
    if (dataset.submissions.length === 0) problems.push('报送数据文件中没有一行能读入')
    for (const i of log.issues.filter(x => x.code === 'unknown-township')) problems.push(`${i.file} 第 ${i.row} 行：乡镇“${i.township}”不在 townships.csv 中，请在名单的 aliases 列补充此名称或加为新乡镇`)
    if (pending.length > 0 && !log.issues.some(x => x.code === 'unknown-township')) problems.push(`${pending.length} 行的乡镇不在 townships.csv 中`)
  }
  if (problems.length > 0) return { county: name, summary, problems }

  rmSync(stagingDir, { recursive: true, force: true })
  mkdirSync(join(stagingDir, 'sample'), { recursive: true })
  for (const f of ['townships.csv', 'indicators.json', 'flags.json', 'assessment.json'] as const) cpSync(source(f), join(stagingDir, f))
  writeFileSync(join(stagingDir, 'dashboard.json'), `${JSON.stringify(dashboard, null, 2)}\n`)
  for (const p of files.submissions) cpSync(p, join(stagingDir, 'sample', basename(p)))
  return { county: name, summary, problems }
}
