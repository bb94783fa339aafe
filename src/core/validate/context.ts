// What a validation rule sees of one submission, and how it reports an issue.

import { catalogueRenderer, renderMessage, type Message, type MessageParam, type MessageRenderer } from '../messages/render'
import zhCN from '../messages/zh-CN'
import type { ValueColumns } from '../columns'
import type { Issue, Registry, Severity, Submission } from '../types'

/** One submission under validation. Values of absent ids, null and non-finite numbers read as null. */
export interface RuleContext {
  readonly sub: Submission
  readonly registry: Registry
  /** The same township's submission for year − 1 from options.previous, if any. */
  readonly previous: Submission | undefined
  /** The value, or null when absent, null or not a finite number. */
  value: (id: string) => number | null
  /** The value when present and not approximate (ids in sub.approx), else null. */
  exact: (id: string) => number | null
  isApprox: (id: string) => boolean
  /** The indicator's Chinese label, or the id when the registry does not know it. */
  label: (id: string) => string
  /** The indicator with its value, for a message: "行政执法人员数 34", "… 未填". */
  term: (id: string) => MessageParam
  /** Adds an issue for `indicator`; `detail` is prefixed with township and year. */
  report: (indicator: string, severity: Severity, code: string, detail: Message) => void
}

/** What a rule's screen sees: the submissions under validation as columns. */
export interface RuleColumns {
  readonly rows: number
  readonly registry: Registry
  readonly columns: ValueColumns
  /**
   * Per row, the row of the same township's submission for year − 1 among these rows; -1 when
   * there is none, -2 when it is one of options.previous outside these rows (screens then mark the row).
   */
  readonly previous: Int32Array
}

/** A validation rule: `id` is the DOMAIN.md §4 number (V01…V24). */
export interface Rule {
  id: string
  /** What the rule checks, for readers of the code and the rule list. */
  summary: string
  check: (ctx: RuleContext) => void
  /**
   * Marks (sets to 1 in `out`) every row on which `check` may report, reading columns only: `check`
   * then runs on those rows alone, so a valid row costs no context and no object. A screen may mark
   * more rows than `check` reports on, never fewer. Without one, `check` runs on every row.
   */
  screen?: (cols: RuleColumns, out: Uint8Array) => void
}

/** A number as a clerk reads it: at most 4 decimals, no float noise (0.1 + 0.2 → "0.3"). */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4)))
}

function presentValue(sub: Submission, id: string): number | null {
  const v = sub.values[id]
  return v === null || v === undefined || !Number.isFinite(v) ? null : v
}

const renderers = new WeakMap<Registry, MessageRenderer>()

/** The Chinese renderer of rule issues (indicators by label_zh, no units), made once per registry. */
function labelRenderer(registry: Registry): MessageRenderer {
  let r = renderers.get(registry)
  if (r === undefined) {
    const byId = registry.byId
    r = catalogueRenderer(zhCN, 'zh-CN', id => byId.get(id)?.label_zh ?? id)
    renderers.set(registry, r)
  }
  return r
}

/**
 * Builds the context for one submission; issues are pushed onto `out`. `present` reads a value as
 * the context's `value` does (what presentValue reads of `sub`), from elsewhere: a table's columns.
 */
export function createContext(sub: Submission, registry: Registry, previous: Submission | undefined, out: Issue[], present?: (id: string) => number | null): RuleContext {
  const label = (id: string): string => registry.byId.get(id)?.label_zh ?? id
  const value = present ?? ((id: string): number | null => presentValue(sub, id))
  const isApprox = (id: string): boolean => sub.approx.length > 0 && sub.approx.includes(id)
  return {
    sub,
    registry,
    previous,
    value,
    isApprox,
    label,
    exact: id => (isApprox(id) ? null : value(id)),
    term: id => ({ term: id, value: value(id) }),
    report: (indicator, severity, code, detail) => {
      const source = sub.sources?.[indicator] ?? sub.source
      const text: Message = { code: 'in-submission', params: { township: sub.township, year: String(sub.year), detail } }
      out.push({
        file: source.file,
        row: source.row,
        column: registry.byId.get(indicator)?.label_zh ?? null,
        indicator,
        township: sub.township,
        year: sub.year,
        severity,
        code,
        message: renderMessage(text, labelRenderer(registry)),
        text,
      })
    },
  }
}
