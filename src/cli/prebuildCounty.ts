// The bundled county, read at build time in Node (Vite runs it: vite.config.ts): the
// township list and the sample files of a data folder laid out as data/ go through the same core the
// app's import uses (ingest: read, merge, derive, validate), are checked, and come out as the compact
// JSON of core/prebuilt.ts (the indicators' details apart). Data that does not read (the fictional sample: not cleanly) stops the build.
import { readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { readFlagRules } from '../core/flagRules'
import { ingest } from '../core/import'
import { packSample, pageIndicator, splitIndicators, type PrebuiltCounty } from '../core/prebuilt'
import { loadRegistry, RegistryError } from '../core/registry'
import { parseTownshipList } from '../core/townships'
import type { InputFile } from '../core/types'

/** The sample's file types, as src/setup/bundledCounty.ts bundled them before (data/sample/*.csv|tsv|json). */
const SAMPLE_EXTENSIONS = new Set(['.csv', '.tsv', '.json'])

export interface PrebuildResult {
  county: PrebuiltCounty | null
  /** Every file the result was made from (for the dev server to watch). */
  files: string[]
  /** Why the bundled data cannot be built (empty when it can). */
  problems: string[]
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** The county name the app shows (data/dashboard.json's "county", else 示例县): the sample files are named after it. */
export function countyNameOf(dashboard: unknown): string {
  const county = typeof dashboard === 'object' && dashboard !== null ? (dashboard as { county?: unknown }).county : undefined
  return typeof county === 'string' && county.trim() !== '' ? county.trim() : '示例县'
}

/** Reads and checks the bundled county of `dataDir` (indicators.json, townships.csv, flags.json, dashboard.json, sample/). */
export async function prebuildCounty(dataDir: string): Promise<PrebuildResult> {
  const problems: string[] = []
  const path = (name: string) => join(dataDir, name)
  const files = ['indicators.json', 'townships.csv', 'flags.json', 'dashboard.json'].map(path)
  const readJson = (name: string): unknown => {
    try {
      return JSON.parse(readFileSync(path(name), 'utf8')) as unknown
    } catch (e) {
      problems.push(`${name}：${message(e)}`)
      return undefined
    }
  }
  const rawRegistry = readJson('indicators.json')
  let registry = null
  try {
    if (rawRegistry !== undefined) registry = loadRegistry(rawRegistry)
  } catch (e) {
    problems.push(`indicators.json 有误：${e instanceof RegistryError ? e.problems.join('；') : message(e)}`)
  }
  const list = parseTownshipList(readFileSync(path('townships.csv'), 'utf8'))
  for (const i of list.issues.filter(x => x.severity === 'error')) problems.push(`townships.csv 第 ${i.row ?? '-'} 行：${i.message}`)
  if (list.townships.length === 0) problems.push('townships.csv 中没有乡镇')
  const flags = readJson('flags.json')
  if (flags !== undefined) for (const p of readFlagRules(flags).problems) problems.push(`flags.json：${p}`)
  const dashboard = readJson('dashboard.json')
  const county = countyNameOf(dashboard)
  // The fictional sample must read without a flaw; a county's own data (a single file built with --data,
  // "sample": false) was checked by src/cli/countyData.ts, which lets flawed rows through to the 数据 page.
  const strict = (dashboard as { sample?: unknown } | undefined)?.sample !== false

  const names = readdirSync(path('sample')).filter(n => SAMPLE_EXTENSIONS.has(extname(n).toLowerCase())).sort((a, b) => a.localeCompare(b))
  files.push(...names.map(n => path(join('sample', n))))
  if (names.length === 0) problems.push('sample/ 中没有报送数据文件（*.csv、*.tsv、*.json）')
  if (!registry || problems.length > 0) return { county: null, files, problems }

  const inputs: InputFile[] = names.map(n => ({ name: `${county}-${n}`, bytes: new Uint8Array(readFileSync(path(join('sample', n)))) }))
  const { dataset, log, pending } = await ingest(inputs, { registry, townships: list.townships })
  for (const f of log.files) {
    if (f.status === 'failed' || (strict && (f.status !== 'ok' || f.rejected > 0))) problems.push(`${f.file}：${f.rows} 行，读入 ${f.accepted} 行，拒绝 ${f.rejected} 行（${f.status}）`)
  }
  if (strict) for (const i of log.issues.filter(x => x.severity === 'error')) problems.push(`${i.file ?? ''} 第 ${i.row ?? '-'} 行：${i.message}`)
  if (pending.length > 0) problems.push(`${pending.length} 行的乡镇不在 townships.csv 中：${[...new Set(pending.map(p => p.name))].join('、')}`)
  if (dataset.table.rows === 0) problems.push('报送数据文件中没有一行能读入')
  if (problems.length > 0) return { county: null, files, problems }
  const { first, details } = splitIndicators(registry.indicators.map(pageIndicator))
  return { county: { indicators: first, details, townships: list.townships, sample: packSample(dataset, log) }, files, problems }
}
