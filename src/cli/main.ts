// Command line over the same core as the app:
//   validate [--json] [--lang en] [--townships FILE] FILE...   read, validate and summarise submissions
//                                          (names not on the township list: error unknown-township)
//   convert [--lang en] FILE... --to wide|long --out FILE   many messy files in, one clean CSV out
// Every message is Chinese by default and English with --lang en (./words.ts).
//   extract [--json] FILE...               figures of narrative reports (.txt, .docx), see extract.ts
//   score [--json] --scheme FILE DATA...   the county's 考核 scheme over the data, see score.ts
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { allIssues, type Dataset, type ImportLog } from '../core/dataset'
import { rowsToCsv, submissionsToRows, type TableShape } from '../core/exportTable'
import { ingest } from '../core/import'
import { LIMITS, limitTexts } from '../core/limits'
import { chinese } from '../core/messages/chinese'
import { RegistryError } from '../core/registry'
import type { InputFile, Issue, Registry, Township } from '../core/types'
import { EXTRACT_USAGE, runExtract } from './extract'
import { writeJsonBytes } from './jsonStream'
import { submissionItems } from './submissionJson'
import { runScore, SCORE_USAGE } from './score'
import { loadRegistryFile, loadTownshipFile, TownshipListError, townshipListText } from './loadData'
import { isLang, langArg, wordsFor, type Words } from './words'
import { rowsOf } from '../core/tableRows'

class UsageError extends Error {}
/** A documented size limit was hit: exit 2 with one line, no usage text. */
class LimitError extends Error {}

function readInputs(paths: readonly string[], w: Words): InputFile[] {
  if (paths.length === 0) throw new UsageError(w.t('cli.noFiles'))
  return paths.map((p) => {
    try {
      const size = statSync(p).size
      if (size > LIMITS.fileBytes) throw new LimitError(w.t('cli.fileLimit', { file: basename(p), reason: w.say(limitTexts.fileBytes(size)) }))
      return { name: basename(p), bytes: new Uint8Array(readFileSync(p)) }
    } catch (e) {
      if (e instanceof LimitError) throw e
      throw new UsageError(w.t('cli.cannotOpen', { path: p, reason: e instanceof Error ? e.message : String(e) }))
    }
  })
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
  words: Words
}

/** A data file given on the command line that cannot be read or is wrong is a usage error (exit 2), said in the language. */
function loaded<T>(load: () => T, w: Words): T {
  try {
    return load()
  } catch (e) {
    if (e instanceof RegistryError) throw new UsageError([w.t('msg.registry-error'), ...e.messages.map(w.say)].join('\n'))
    if (e instanceof TownshipListError) throw new UsageError(townshipListText(e.path, e.issues, w))
    throw new UsageError(w.t('cli.badData', { reason: e instanceof Error ? e.message : String(e) }))
  }
}

/** Parses the arguments and loads registry, township list and files; throws UsageError. */
function prepare(argv: readonly string[], lang: Words['lang']): Invocation {
  const [command, ...rest] = argv
  const { values, positionals } = parseArgs({
    args: [...rest], allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, to: { type: 'string' }, out: { type: 'string' }, registry: { type: 'string' }, townships: { type: 'string' }, lang: { type: 'string', default: 'zh-CN' } },
  })
  const plain = wordsFor(lang)
  if (command !== 'validate' && command !== 'convert') throw new UsageError(command && !command.startsWith('-') ? plain.t('cli.unknownCommand', { command }) : plain.t('cli.noCommand'))
  const registry = loaded(() => loadRegistryFile(values.registry), plain)
  const words = wordsFor(lang, registry)
  const townships = loaded(() => loadTownshipFile(values.townships), words)
  return { command, values, registry, townships, words, files: readInputs(positionals, words) }
}

/**
 * The issues as the command line reports them. A township not on the list is an error here: the app
 * holds such rows until a clerk confirms the name, but the command line cannot ask, so its rows are
 * left out of the output (and of a single-file build) — a silent gap unless the run fails.
 */
function cliIssues(dataset: Dataset, log: ImportLog, registry: Registry): Issue[] {
  return allIssues(dataset, log).map((i) => {
    if (i.code !== 'unknown-township' || !i.text) return i.code === 'unknown-township' ? { ...i, severity: 'error' } : i
    // The same message with the command line's ending (the -cli variant of its code): left out, not held.
    const text = { ...i.text, code: `${i.text.code}-cli` }
    return { ...i, severity: 'error', message: chinese(text, registry), text }
  })
}

function* mapped<T, U>(items: readonly T[], f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item)
}

/** Where output goes: lines as strings, and the JSON report's chunks as UTF-8 bytes (decoded into `line` when no byte writer is given). */
interface Output { line: (s: string) => void, bytes?: (chunk: Uint8Array) => void }

function decoded(line: (s: string) => void): (chunk: Uint8Array) => void {
  const decoder = new TextDecoder()
  return chunk => line(decoder.decode(chunk))
}

/** Writes the converted table or the validation report; returns the exit code. */
function report(inv: Invocation, dataset: Dataset, log: ImportLog, output: Output, err: (s: string) => void): number {
  const out = output.line
  const { command, values, registry, words } = inv
  const issues = cliIssues(dataset, log, registry)
  const hasError = issues.some(i => i.severity === 'error')
  if (command === 'convert') {
    const shape = values.to
    if (shape !== 'wide' && shape !== 'long') throw new UsageError(words.t('cli.badShape'))
    if (!values.out) throw new UsageError(words.t('cli.noOut'))
    writeFileSync(values.out, `\uFEFF${rowsToCsv(submissionsToRows(rowsOf(dataset), registry, shape as TableShape))}\r\n`)
    err(words.t('cli.written', { out: values.out, submissions: dataset.table.rows, errors: issues.filter(i => i.severity === 'error').length, warnings: issues.filter(i => i.severity === 'warning').length }))
    for (const i of issues) err(describe(i, words))
    return hasError ? 1 : 0
  }
  if (values.json) {
    // Streamed: one string of the whole report would exceed what a JavaScript string can hold.
    writeJsonBytes([
      ['files', log.files.map(({ file, format, encoding, rows, accepted, rejected, status, skipped }) => ({ file, format, encoding, rows, accepted, rejected, status, skipped: skipped ?? [] }))],
      // Each rowsOf submission as { township, code, year, values, approx, derived, source }, written from the table.
      ['submissions', submissionItems(dataset.table)],
      ['issues', mapped(issues, i => ({ file: i.file, row: i.row, column: i.column, indicator: i.indicator, township: i.township, year: i.year, severity: i.severity, code: i.code, message: words.message(i) }))],
    ], output.bytes ?? decoded(out))
    return hasError ? 1 : 0
  }
  for (const f of log.files) {
    out(words.t('cli.file', { file: f.file, format: f.format ?? words.t('cli.unknownFormat'), encoding: f.encoding ?? words.t('cli.unknownEncoding'), rows: f.rows, accepted: f.accepted, rejected: f.rejected, status: words.t(`cli.status.${f.status}`) }))
    for (const k of f.skipped ?? []) {
      out(words.t('cli.skipped', { sheet: k.sheet ? words.t('cli.skippedSheet', { sheet: k.sheet }) : '', row: k.row, reason: words.t(`cli.skipReason.${k.reason}`), text: k.text ? words.t('cli.skippedText', { text: k.text }) : '' }))
    }
    for (const i of issues.filter(x => x.file === f.file)) out(describe(i, words))
  }
  const errors = issues.filter(i => i.severity === 'error').length
  out(words.t('cli.summary', { submissions: dataset.table.rows, errors, warnings: issues.length - errors }))
  return hasError ? 1 : 0
}

/**
 * A usage error → the usage text and exit code 2; a limit → its one line and exit 2; anything else
 * (a bug, or the machine running out of memory) → one line naming it and exit 2, never a stack trace.
 */
function usageExit(e: unknown, w: Words, err: (s: string) => void): number {
  if (e instanceof LimitError) { err(e.message); return 2 }
  if (e instanceof RangeError) { err(w.t('cli.tooLarge', { reason: e.message })); return 2 }
  if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
    err(`${e.message}\n${w.t('cli.usage', { extract: EXTRACT_USAGE, score: SCORE_USAGE })}`)
    return 2
  }
  throw e
}

/** Runs a command over every format, Excel workbooks included: what the command line uses. */
export async function runAsync(argv: readonly string[], out: (s: string) => void, err: (s: string) => void, outBytes?: (chunk: Uint8Array) => void): Promise<number> {
  if (argv[0] === 'extract') return runExtract(argv.slice(1), out, err)
  if (argv[0] === 'score') return runScore(argv.slice(1), out, err)
  const lang = langArg(argv)
  const words = wordsFor(isLang(lang) ? lang : 'zh-CN')
  try {
    // A language we do not have is refused in both: which one was wanted is not known.
    if (!isLang(lang)) throw new UsageError(`${wordsFor('zh-CN').t('cli.badLang', { lang })} / ${wordsFor('en').t('cli.badLang', { lang })}`)
    const inv = prepare(argv, lang)
    const { dataset, log } = await ingest(inv.files, { registry: inv.registry, townships: inv.townships })
    return report(inv, dataset, log, { line: out, bytes: outBytes }, err)
  } catch (e) {
    return usageExit(e, words, err)
  }
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw e
  })
  try {
    const bytes = (chunk: Uint8Array) => { process.stdout.write(chunk); process.stdout.write('\n') }
    process.exitCode = await runAsync(process.argv.slice(2), s => process.stdout.write(`${s}\n`), s => process.stderr.write(`${s}\n`), bytes)
  } catch (e) {
    // A bug of ours: one line for the user (set DEBUG=1 for the trace), never a wall of stack.
    const lang = langArg(process.argv)
    process.stderr.write(`${wordsFor(isLang(lang) ? lang : 'zh-CN').t('cli.internal', { reason: e instanceof Error ? e.message : String(e) })}\n`)
    if (process.env.DEBUG) console.error(e)
    process.exitCode = 3
  }
}
