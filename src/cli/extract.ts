// The extract command: narrative reports (.txt, .docx, .doc, .wps, .odt, .pdf, .rtf, .html) → the figures they state.
//   extract [--json] [--all] [--registry FILE] [--townships FILE] FILE...
// --json prints one JSON object per file and line (JSON Lines):
//   {"file","township","year","values":[{"indicator","year","value","unit","approx","partial","evidence","start","end"}],"sections":{id: found},
//    "unreadable":[{"text","evidence"}]}
// with the preferred figure of each indicator and year; --all lists every candidate, with "preferred", "note" and
// "unsure" (why the engine doubts it). "unreadable": figures in sentences that name an indicator, not assigned to any.
// Exit codes: 0 every file read; 1 a file could not be read; 2 usage error.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { extractReportFile } from '../core/extract/input'
import type { ExtractResult, ExtractedValue } from '../core/extract/types'
import type { Registry } from '../core/types'
import { loadRegistryFile, loadTownshipFile } from './loadData'
import { loadPdfjsNode } from './pdfjsNode'

export const EXTRACT_USAGE = '  npm run -s cli -- extract [--json] [--all] [--registry FILE] [--townships FILE] FILE...'

type Print = (s: string) => void

/** The agreed JSON shape of one file; with `all`, every candidate plus preferred and note. */
export function extractJson(r: ExtractResult, all: boolean): object {
  const pick = (v: ExtractedValue) => {
    const base = { indicator: v.indicator, year: v.year, value: v.value, unit: v.unit, approx: v.approx, partial: v.partial, evidence: v.evidence, start: v.start, end: v.end }
    return all ? { ...base, preferred: v.preferred, ...(v.note ? { note: v.note } : {}), ...(v.unsure ? { unsure: v.unsure } : {}) } : base
  }
  return {
    file: r.file, township: r.township, year: r.year,
    values: r.values.filter(v => all || v.preferred).map(pick),
    sections: Object.fromEntries(r.sections.map(s => [s.id, s.found])),
    unreadable: (r.unreadable ?? []).map(u => ({ text: u.text, evidence: u.evidence })),
  }
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s
}

/** A readable summary of one file for a terminal. */
export function extractSummary(r: ExtractResult, registry: Registry, all: boolean): string[] {
  const lines = [`${r.file}：${r.township ?? '乡镇未识别'}${r.townshipCode ? `（${r.townshipCode}）` : ''}，${r.year ?? '年度未识别'}年`]
  const values = r.values.filter(v => all || v.preferred)
  if (values.length === 0) lines.push('  未找到指标数字')
  for (const v of values) {
    const label = registry.byId.get(v.indicator)?.label_zh ?? v.indicator
    const marks = [v.approx ? '约' : '', v.partial ? '部分' : '', v.unsure ? '存疑' : '', v.year !== r.year ? `${v.year}年` : '', all && !v.preferred ? '备选' : ''].filter(Boolean).join('，')
    lines.push(`  ${label}：${v.value}${v.unit === '%' ? '%' : ` ${v.unit}`}${marks ? `（${marks}）` : ''}  “${clip(v.evidence, 48)}”`)
    if (v.note) lines.push(`      注：${v.note}`)
    if (v.unsure) lines.push(`      存疑：${v.unsure}`)
  }
  for (const u of r.unreadable ?? []) lines.push(`  未能识别的数字：${u.text}  “${clip(u.evidence, 48)}”`)
  lines.push(`  报告结构：${r.sections.map(s => `${s.found ? '✓' : '✗'} ${s.title_zh}`).join('  ')}`)
  for (const w of r.warnings) lines.push(`  警告：${w}`)
  return lines
}

/** Runs `extract` with the arguments after the command name; returns the exit code. */
export async function runExtract(args: readonly string[], out: Print, err: Print): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args], allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, all: { type: 'boolean', default: false }, registry: { type: 'string' }, townships: { type: 'string' } },
    })
  } catch (e) {
    err(`${e instanceof Error ? e.message : String(e)}\n用法 / usage:\n${EXTRACT_USAGE}`)
    return 2
  }
  const { values: flags, positionals: paths } = parsed
  if (paths.length === 0) {
    err(`没有给出文件 / no files given\n用法 / usage:\n${EXTRACT_USAGE}`)
    return 2
  }
  let registry: Registry
  let townships
  try {
    registry = loadRegistryFile(flags.registry)
    townships = loadTownshipFile(flags.townships)
  } catch (e) {
    err(`${e instanceof Error ? e.message : String(e)}\n用法 / usage:\n${EXTRACT_USAGE}`)
    return 2
  }
  let code = 0
  for (const path of paths) {
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(readFileSync(path))
    } catch (e) {
      err(`无法打开文件 ${path}：${e instanceof Error ? e.message : String(e)}`)
      code = 1
      continue
    }
    const read = await extractReportFile({ name: basename(path), bytes }, { registry, townships }, { loadPdfjs: loadPdfjsNode })
    if ('error' in read) {
      err(`${read.file}：${read.error}`)
      code = 1
      continue
    }
    if (flags.json) {
      out(JSON.stringify(extractJson(read.result, flags.all)))
      for (const w of read.result.warnings) err(`${read.file}：${w}`)
    } else {
      for (const line of extractSummary(read.result, registry, flags.all)) out(line)
    }
  }
  return code
}
