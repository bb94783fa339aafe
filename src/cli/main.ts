// Command line over the same core as the app:
//   validate [--json] [--lang en] [--townships FILE] FILE...   read, validate and summarise submissions
//                                          (names not on the township list: error unknown-township)
//   convert FILE... --to wide|long --out FILE   many messy files in, one clean CSV out
//   extract [--json] FILE...               figures of narrative reports (.txt, .docx), see extract.ts
//   score [--json] --scheme FILE DATA...   the county's 考核 scheme over the data, see score.ts
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { allIssues, type Dataset, type ImportLog } from '../core/dataset'
import { rowsToCsv, submissionsToRows, type TableShape } from '../core/exportTable'
import { HELD_NOTE, ingest } from '../core/import'
import { LIMITS, limitMessages } from '../core/limits'
import messagesEn from '../core/messages/en'
import { catalogueRenderer, renderMessage } from '../core/messages/render'
import messagesZh from '../core/messages/zh-CN'
import { labelOf } from '../core/registry'
import type { InputFile, Issue, Registry, SkipReason, Township } from '../core/types'
import { EXTRACT_USAGE, runExtract } from './extract'
import { writeJsonArrays } from './jsonStream'
import { runScore, SCORE_USAGE } from './score'
import { loadRegistryFile, loadTownshipFile } from './loadData'

const USAGE = `用法 / usage:
  npm run -s cli -- validate [--json] [--lang zh-CN|en] [--registry FILE] [--townships FILE] FILE...
  npm run -s cli -- convert FILE... --to wide|long --out FILE
${EXTRACT_USAGE}
${SCORE_USAGE}
退出码：0 无错误；1 有错误级问题；2 用法错误或超出限制（单个文件 ≤ 256 MB，见 README 安全一节）`

class UsageError extends Error {}
/** A documented size limit was hit: exit 2 with one line, no usage text. */
class LimitError extends Error {}

function readInputs(paths: readonly string[]): InputFile[] {
  if (paths.length === 0) throw new UsageError('没有给出文件 / no files given')
  return paths.map((p) => {
    try {
      const size = statSync(p).size
      if (size > LIMITS.fileBytes) throw new LimitError(`${basename(p)}：${limitMessages.fileBytes(size)}`)
      return { name: basename(p), bytes: new Uint8Array(readFileSync(p)) }
    } catch (e) {
      if (e instanceof LimitError) throw e
      throw new UsageError(`无法打开文件 ${p}：${e instanceof Error ? e.message : String(e)}`)
    }
  })
}

const SKIP_REASONS: Record<SkipReason, string> = { title: '标题', units: '单位行', total: '合计行，不作为乡镇', footer: '表尾', blank: '空行' }

/** The language of the command line's messages: Chinese by default, English with --lang en (same catalogue as the page). */
interface Words { t: (key: string, params?: Record<string, string | number>) => string, message: (i: Issue) => string, column: (i: Issue) => string | null }

function wordsFor(lang: string, registry: Registry): Words {
  if (lang !== 'zh-CN' && lang !== 'en') throw new UsageError(`--lang 应为 zh-CN 或 en：${lang}`)
  const catalogue = lang === 'en' ? messagesEn : messagesZh
  const label = (id: string) => { const i = registry.byId.get(id); return i ? labelOf(i, lang) : id }
  const renderer = catalogueRenderer(catalogue, lang, label)
  return {
    t: (key, params = {}) => renderer.translate(key, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]))),
    // Chinese keeps the message the core wrote (the JSON contract); English renders the issue's code where it has one.
    message: i => (lang === 'en' && i.text ? renderMessage(i.text, renderer) : i.message),
    column: i => (lang === 'en' && i.text && i.indicator ? label(i.indicator) : i.column),
  }
}

function describe(i: Issue, w: Words): string {
  const column = w.column(i)
  const where = [i.file, i.row === null ? null : w.t('cli.row', { row: i.row }), column === null ? null : w.t('cli.column', { column })].filter(Boolean).join(' ')
  return w.t('cli.issue', { severity: w.t(`cli.${i.severity}`), where, message: w.message(i), code: i.code })
}

interface Invocation {
  command: 'validate' | 'convert'
  values: { json?: boolean, to?: string, out?: string, lang?: string }
  registry: Registry
  files: InputFile[]
  townships: Township[]
}

/** A data file given on the command line that cannot be read or is wrong is a usage error (exit 2). */
function loaded<T>(load: () => T): T {
  try {
    return load()
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e))
  }
}

/** Parses the arguments and loads registry, township list and files; throws UsageError. */
function prepare(argv: readonly string[]): Invocation {
  const [command, ...rest] = argv
  const { values, positionals } = parseArgs({
    args: [...rest], allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, to: { type: 'string' }, out: { type: 'string' }, registry: { type: 'string' }, townships: { type: 'string' }, lang: { type: 'string', default: 'zh-CN' } },
  })
  if (command !== 'validate' && command !== 'convert') throw new UsageError(command ? `未知命令 ${command}` : '缺少命令')
  const registry = loadRegistryFile(values.registry)
  const townships = loaded(() => loadTownshipFile(values.townships))
  return { command, values, registry, townships, files: readInputs(positionals) }
}

/**
 * The issues as the command line reports them. A township not on the list is an error here: the app
 * holds such rows until a clerk confirms the name, but the command line cannot ask, so its rows are
 * left out of the output (and of a single-file build) — a silent gap unless the run fails.
 */
function cliIssues(dataset: Dataset, log: ImportLog): Issue[] {
  return allIssues(dataset, log).map(i => (i.code === 'unknown-township'
    ? { ...i, severity: 'error', message: i.message.replace(HELD_NOTE, '本行未计入；是同一乡镇时请把此名称加入 --townships 名单的 aliases 列，是新乡镇时加为一行'), ...(i.text ? { text: { ...i.text, code: `${i.text.code}-cli` } } : {}) }
    : i))
}

function* mapped<T, U>(items: readonly T[], f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item)
}

/** Writes the converted table or the validation report; returns the exit code. */
function report(inv: Invocation, dataset: Dataset, log: ImportLog, out: (s: string) => void, err: (s: string) => void): number {
  const { command, values, registry } = inv
  const issues = cliIssues(dataset, log)
  const words = wordsFor(values.lang ?? 'zh-CN', registry)
  const hasError = issues.some(i => i.severity === 'error')
  if (command === 'convert') {
    const shape = values.to
    if (shape !== 'wide' && shape !== 'long') throw new UsageError('--to 应为 wide 或 long')
    if (!values.out) throw new UsageError('缺少 --out FILE')
    writeFileSync(values.out, `\uFEFF${rowsToCsv(submissionsToRows(dataset.submissions, registry, shape as TableShape))}\r\n`)
    err(`已写入 ${values.out}：${dataset.submissions.length} 份提交；${issues.filter(i => i.severity === 'error').length} 个错误，${issues.filter(i => i.severity === 'warning').length} 个警告`)
    for (const i of issues) err(describe(i, words))
    return hasError ? 1 : 0
  }
  if (values.json) {
    // Streamed: one string of the whole report would exceed what a JavaScript string can hold.
    writeJsonArrays([
      ['files', log.files.map(({ file, format, encoding, rows, accepted, rejected, status, skipped }) => ({ file, format, encoding, rows, accepted, rejected, status, skipped: skipped ?? [] }))],
      ['submissions', mapped(dataset.submissions, s => ({ township: s.township, code: s.code, year: s.year, values: s.values, approx: s.approx, derived: s.derived, source: s.source }))],
      ['issues', mapped(issues, i => ({ file: i.file, row: i.row, column: i.column, indicator: i.indicator, township: i.township, year: i.year, severity: i.severity, code: i.code, message: words.message(i) }))],
    ], out)
    return hasError ? 1 : 0
  }
  for (const f of log.files) {
    out(words.t('cli.file', { file: f.file, format: f.format ?? words.t('cli.unknownFormat'), encoding: f.encoding ?? words.t('cli.unknownEncoding'), rows: f.rows, accepted: f.accepted, rejected: f.rejected, status: words.t(`cli.status.${f.status}`) }))
    for (const k of f.skipped ?? []) out(`  跳过 ${k.sheet ? `工作表“${k.sheet}”` : ''}第 ${k.row} 行（${SKIP_REASONS[k.reason]}）${k.text ? `：${k.text}` : ''}`)
    for (const i of issues.filter(x => x.file === f.file)) out(describe(i, words))
  }
  const errors = issues.filter(i => i.severity === 'error').length
  out(words.t('cli.summary', { submissions: dataset.submissions.length, errors, warnings: issues.length - errors }))
  return hasError ? 1 : 0
}

/**
 * A usage error → the usage text and exit code 2; a limit → its one line and exit 2; anything else
 * (a bug, or the machine running out of memory) → one line naming it and exit 2, never a stack trace.
 */
function usageExit(e: unknown, err: (s: string) => void): number {
  if (e instanceof LimitError) { err(e.message); return 2 }
  if (e instanceof RangeError) { err(`输入超出处理能力（${e.message}）：请把文件拆小后再试 / input too large or too deep`); return 2 }
  if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
    err(`${e.message}\n${USAGE}`)
    return 2
  }
  throw e
}

/** Runs a command over every format, Excel workbooks included: what the command line uses. */
export async function runAsync(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (argv[0] === 'extract') return runExtract(argv.slice(1), out, err)
  if (argv[0] === 'score') return runScore(argv.slice(1), out, err)
  try {
    const inv = prepare(argv)
    const { dataset, log } = await ingest(inv.files, { registry: inv.registry, townships: inv.townships })
    return report(inv, dataset, log, out, err)
  } catch (e) {
    return usageExit(e, err)
  }
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw e
  })
  try {
    process.exitCode = await runAsync(process.argv.slice(2), s => process.stdout.write(`${s}\n`), s => process.stderr.write(`${s}\n`))
  } catch (e) {
    // A bug of ours: one line for the user (set DEBUG=1 for the trace), never a wall of stack.
    process.stderr.write(`内部错误 / internal error: ${e instanceof Error ? e.message : String(e)}\n`)
    if (process.env.DEBUG) console.error(e)
    process.exitCode = 3
  }
}
