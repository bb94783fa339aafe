// Shared types of the data core. Pure TypeScript: no Vue, no DOM.
import type { Message } from './messages/render'

export type IndicatorKind = 'count' | 'amount' | 'rate' | 'flag'
export type Direction = 'higher_better' | 'lower_better' | 'neutral'
export type Reportable = 'yes' | 'partial' | 'county_source'

/** One indicator of the registry (data/indicators.json). */
export interface Indicator {
  id: string
  label_zh: string
  label_en: string
  /** Canonical unit: '人', '件', '元', '%', '' for flags. */
  unit: string
  /** The unit in English ('people', 'cases', 'yuan'); the Chinese unit where absent. */
  unit_en?: string
  kind: IndicatorKind
  group: string
  direction: Direction
  /** Rate formula over other ids, e.g. "a / b * 100" or "a / (b + c) * 100"; null when reported only. */
  formula: string | null
  aliases: string[]
  definition_zh: string
  /** The definition in English; a county's registry may lack it (the page then gives the Chinese). */
  definition_en?: string
  source?: string
  township_reportable: Reportable
  /** Unit text → factor to the canonical unit, e.g. { 元: 1, 万元: 10000 }. */
  unit_aliases: Record<string, number>
  notes?: string
  /** Core indicators are in the bundled sample and the headline views. */
  core?: boolean
}

export interface Registry {
  indicators: readonly Indicator[]
  byId: ReadonlyMap<string, Indicator>
  /** Normalized header key (see normalizeKey) → indicator id. Ids, Chinese labels and aliases. */
  byKey: ReadonlyMap<string, string>
  groups: readonly string[]
}

export type Severity = 'error' | 'warning'

/**
 * A problem found in the input, named so a clerk can find it.
 * row: the row a user sees in a spreadsheet (header = 1, first data row = 2); for JSON the
 * 1-based record number; null when the issue concerns the whole file.
 */
export interface Issue {
  file: string
  row: number | null
  column: string | null
  indicator: string | null
  township: string | null
  year: number | null
  severity: Severity
  /** kebab-case: unknown-column, not-a-number, out-of-range, duplicate-row, inconsistent, ... */
  code: string
  /** In Chinese, for the clerk (and the CLI's JSON): `text` rendered with the zh-CN catalogue where there is one. */
  message: string
  /** The message as code and parameters (src/core/messages), for the page to render in its language. */
  text?: Message
  /** The raw cell text, where one is concerned. */
  raw?: string
}

/** Where a figure came from. */
export interface SourceRef {
  file: string
  row: number | null
}

/** What one township reports for one year. Missing is null, never 0. */
export interface Submission {
  township: string
  /** 行政区划代码 from the township list, or null when the name is unknown. */
  code: string | null
  year: number
  values: Record<string, number | null>
  /** Indicators whose value is approximate (5000余, 约300) — value is the stated figure. */
  approx: string[]
  /** Rates computed from their formula rather than reported. */
  derived: string[]
  /** Indicators reported as 不适用 (not applicable); their value is null. */
  notApplicable?: string[]
  source: SourceRef
  /** Per-indicator source when figures of one submission come from several rows (long format, merges). */
  sources?: Record<string, SourceRef>
  notes?: string
}

export type FileFormat = 'wide-csv' | 'long-csv' | 'json' | 'xlsx' | 'xls' | 'et' | 'ods' | 'report'
export type FileStatus = 'ok' | 'partial' | 'failed'
export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'binary'

/** Why a row of a table is not a submission: a title or 填报单位 line, a units row, a footer, a total, a blank row. */
export type SkipReason = 'title' | 'units' | 'footer' | 'total' | 'blank'

/** A row the table reader passed over, listed on the file's card (row as a spreadsheet shows it). */
export interface SkippedRow {
  row: number
  reason: SkipReason
  /** The row's text (cells joined by spaces, clipped); '' for a blank row. */
  text: string
  /** The worksheet, for workbooks read from several sheets. */
  sheet?: string
}

/** Per-file result of an import. */
export interface FileReport {
  file: string
  format: FileFormat | null
  encoding: Encoding | null
  /** Data rows (records) in the file. */
  rows: number
  accepted: number
  rejected: number
  status: FileStatus
  /** Headers that matched no indicator; their values are kept here so the UI can ask. */
  unknownColumns?: { header: string, values: (string | null)[] }[]
  /** Rows of the table that are not submissions (titles, units, footers, totals, blanks), with the reason. */
  skipped?: SkippedRow[]
}

/** One township of the county list (data/townships.csv). */
export interface Township {
  code: string
  name: string
  kind: '镇' | '乡' | '街道'
  population: number | null
  area_km2: number | null
  aliases: string[]
  /** The county (县/区) the township belongs to, when the list names one (a province's pooled lists do). */
  county?: string
}

/** A file's bytes as the core receives them (from disk, a drop, or a worker message). */
export interface InputFile {
  name: string
  bytes: Uint8Array
}

/** A file as the page hands it to an import: when it was received (ms since the epoch) and the sheet chosen, if any. */
export type IncomingFile = InputFile & { receivedAt?: number, sheet?: string | null }
