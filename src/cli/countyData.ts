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
import { wordsFor, type Lang, type Words } from './words'
import { yearsOf } from '../core/table'

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
export function findCountyFiles(dir: string, w: Words = wordsFor('zh-CN')): CountyFiles {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(w.t('cli.county.noFolder', { dir }))
  const config: CountyFiles['config'] = {}
  for (const name of CONFIG_FILES) if (isFile(join(dir, name))) config[name] = join(dir, name)
  const folder = SUBMISSION_FOLDERS.map(f => join(dir, f)).find(f => existsSync(f) && statSync(f).isDirectory())
  const candidates = folder ? listDir(folder) : listDir(dir).filter(p => !(CONFIG_FILES as readonly string[]).includes(basename(p)))
  const dataLike = (p: string) => folder !== undefined || extname(p).toLowerCase() !== '.json'
  const submissions = candidates.filter(p => SUBMISSION_EXTENSIONS.has(extname(p).toLowerCase()) && dataLike(p))
  const skipped = candidates.filter(p => ['.xlsx', '.xls', '.docx', '.doc'].includes(extname(p).toLowerCase()))
  return { dir, config, submissions, skipped }
}

function readJson(path: string, problems: string[], w: Words): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (e) {
    problems.push(w.t('cli.county.badJson', { file: basename(path), reason: message(e) }))
    return undefined
  }
}

/** The dashboard config the build bundles: data/dashboard.json overlaid with the county's keys, its name and sample: false. */
function dashboardConfig(files: CountyFiles, defaults: Record<string, unknown>, county: string | undefined, problems: string[], w: Words): Record<string, unknown> {
  const own = files.config['dashboard.json'] ? readJson(files.config['dashboard.json'], problems, w) : {}
  if (typeof own !== 'object' || own === null || Array.isArray(own)) {
    if (own !== undefined) problems.push(w.t('cli.county.dashboardShape'))
    return { ...defaults, county: county ?? basename(files.dir), sample: false }
  }
  const o = own as Record<string, unknown>
  for (const key of ['headline', 'keyRates'] as const) {
    if (key in o && !(Array.isArray(o[key]) && (o[key] as unknown[]).every(x => typeof x === 'string'))) problems.push(w.t('cli.county.dashboardList', { key }))
  }
  if ('firstChart' in o && typeof o.firstChart !== 'string') problems.push(w.t('cli.county.dashboardFirst'))
  const name = county ?? (typeof o.county === 'string' && o.county.trim() !== '' ? o.county.trim() : basename(files.dir))
  return { ...defaults, ...o, county: name, sample: false }
}

/**
 * Checks the county's files with the app's own core and writes them into `stagingDir` laid out as
 * data/ (defaults from `defaultsDir` for what the county does not supply). `county` overrides the
 * name; otherwise dashboard.json's "county", else the folder's name. The staging folder is replaced.
 * Every line is Chinese by default, English with `lang` 'en' (`npm run build:single -- --lang en`).
 */
export async function stageCountyData(dir: string, stagingDir: string, defaultsDir: string, county?: string, lang: Lang = 'zh-CN'): Promise<CountyCheck> {
  const plain = wordsFor(lang)
  const files = findCountyFiles(dir, plain)
  const problems: string[] = []
  const summary: string[] = []
  const source = (name: typeof CONFIG_FILES[number]) => files.config[name] ?? join(defaultsDir, name)
  const origin = (name: typeof CONFIG_FILES[number]) => plain.t(files.config[name] ? 'cli.county.own' : 'cli.county.default')

  let registry: Registry | null = null
  const rawRegistry = readJson(source('indicators.json'), problems, plain)
  try {
    if (rawRegistry !== undefined) registry = loadRegistry(rawRegistry)
  } catch (e) {
    problems.push(plain.t('cli.county.registry', { problems: e instanceof RegistryError ? e.messages.map(plain.say).join(plain.t('cli.county.problemSeparator')) : message(e) }))
  }
  const w = wordsFor(lang, registry ?? undefined)
  const list = parseTownshipList(readFileSync(source('townships.csv'), 'utf8'))
  for (const i of list.issues.filter(x => x.severity === 'error')) problems.push(w.t('cli.county.townshipRow', { row: String(i.row), message: w.message(i) }))
  const townships: readonly Township[] = list.townships
  if (townships.length === 0) problems.push(w.t('cli.county.noTownships'))
  const flags = readJson(source('flags.json'), problems, w)
  if (flags !== undefined) for (const p of readFlagRules(flags).problems) problems.push(w.t('cli.county.flags', { problem: p }))
  if (files.config['assessment.json'] && registry) {
    const raw = readJson(files.config['assessment.json'], problems, w)
    if (raw !== undefined) for (const p of readScheme(raw, registry).problems) problems.push(w.t('cli.county.scheme', { problem: p.message }))
  }
  const defaults = readJson(join(defaultsDir, 'dashboard.json'), problems, w) as Record<string, unknown>
  const dashboard = dashboardConfig(files, defaults, county, problems, w)
  const name = String(dashboard.county)

  summary.push(w.t('cli.county.name', { name }))
  summary.push(w.t('cli.county.files', { townshipsFrom: origin('townships.csv'), townships: townships.length, registryFrom: origin('indicators.json'), indicators: registry?.indicators.length ?? 0, flagsFrom: origin('flags.json'), dashboardFrom: origin('dashboard.json') }))
  for (const s of files.skipped) summary.push(w.t('cli.county.notBundled', { file: basename(s), out: join(basename(dir), 'submissions', w.t('cli.county.convertedName')) }))
  if (files.submissions.length === 0) problems.push(w.t('cli.county.noSubmissions', { dir }))

  if (registry && files.submissions.length > 0) {
    const inputs: InputFile[] = files.submissions.map(p => ({ name: `${name}-${basename(p)}`, bytes: new Uint8Array(readFileSync(p)) }))
    const { dataset, log, pending } = await ingest(inputs, { registry, townships })
    for (const r of log.files) summary.push(w.t('cli.county.fileRead', { file: r.file, rows: r.rows, accepted: r.accepted, rejected: r.rejected, status: r.status }))
    const all = [...log.issues, ...dataset.validationIssues]
    const errors = all.filter(i => i.severity === 'error').length
    const years = yearsOf(dataset.table)
    summary.push(w.t('cli.county.totals', { submissions: dataset.table.rows, years: years.join(w.t('cli.county.yearSeparator')) || w.t('cli.county.noYears'), errors, warnings: all.length - errors }))
    if (dataset.table.rows === 0) problems.push(w.t('cli.county.nothingRead'))
    for (const i of log.issues.filter(x => x.code === 'unknown-township')) problems.push(w.t('cli.county.unknownTownship', { file: i.file, row: String(i.row), township: i.township ?? '' }))
    if (pending.length > 0 && !log.issues.some(x => x.code === 'unknown-township')) problems.push(w.t('cli.county.pending', { count: pending.length }))
  }
  if (problems.length > 0) return { county: name, summary, problems }

  rmSync(stagingDir, { recursive: true, force: true })
  mkdirSync(join(stagingDir, 'sample'), { recursive: true })
  for (const f of ['townships.csv', 'indicators.json', 'flags.json', 'assessment.json'] as const) cpSync(source(f), join(stagingDir, f))
  writeFileSync(join(stagingDir, 'dashboard.json'), `${JSON.stringify(dashboard, null, 2)}\n`)
  for (const p of files.submissions) cpSync(p, join(stagingDir, 'sample', basename(p)))
  return { county: name, summary, problems }
}
