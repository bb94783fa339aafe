// Speaker notes of a slide: best and worst townships (ties named together, 全部并列 / 全部达标 when all tie), the county median, who did not submit, and the
// 红黄绿 flags that concern the chart's indicators. Plain text, one statement per line.
import { bestAndWorst, idealOf, type CompareSeries, type Extreme, type FlagReason, type FlagResult, type PeerFilter, type Ranked, type SeriesRow } from '../../core/analysis'
import { formatNumber, withUnit } from '../common'
import type { CompareText } from './text'

/** Townships named in one list before the rest are counted. */
const LIST_MAX = 6
/** Best and worst townships named. */
const BEST_WORST = 3

/** "甲镇、乙镇" or "甲镇、乙镇 … 等 9 个". */
export function listText(names: readonly string[], text: CompareText, max = LIST_MAX): string {
  const shown = names.slice(0, max).join(text.t('common.listSeparator'))
  return names.length > max ? text.t('present.notes.more', { list: shown, count: names.length }) : shown
}

/** The median of a peer group's series is the group's, not the county's: its name in notes and subtitles. */
export function medianLine(key: 'present.notes.median' | 'compare.scatter.subtitle', peer: PeerFilter, text: CompareText, params: Record<string, string> = {}): string {
  return peer === 'all' ? text.t(key, params) : text.t(`${key}Peer`, { ...params, peer: text.t(`assessment.peer.${peer}`) })
}

/** Best and worst (or highest and lowest for neutral indicators) with their figures, the median (the peer group's when the series is one group's), and who did not submit. */
export function seriesLines(s: CompareSeries, ranked: readonly Ranked<SeriesRow>[], text: CompareText, peer: PeerFilter = 'all'): string[] {
  const { t } = text
  const unit = text.unitOf(s)
  const figure = (v: number | null) => withUnit(formatNumber(v, text.decimalsOf(s)), unit)
  const named = (list: readonly Extreme<Ranked<SeriesRow>>[]) => list.map(({ row, place, tied }) => (tied
    ? t('present.notes.tied', { name: row.township, value: figure(row.value), place })
    : `${row.township} ${figure(row.value)}`)).join(t('common.listSeparator'))
  const { best, worst, allTie, allIdeal, tieValue } = bestAndWorst(ranked, BEST_WORST, idealOf(s.indicator))
  const neutral = s.indicator.direction === 'neutral'
  const lines: string[] = []
  if (allTie) lines.push(t(allIdeal ? 'present.notes.allIdeal' : 'present.notes.allTie', { value: figure(tieValue) }))
  if (best.length > 0) lines.push(t(neutral ? 'present.notes.highest' : 'present.notes.best', { list: named(best) }))
  if (worst.length > 0) lines.push(t(neutral ? 'present.notes.lowest' : 'present.notes.worst', { list: named(worst) }))
  if (s.summary.median !== null) lines.push(medianLine('present.notes.median', peer, text, { value: figure(s.summary.median) }))
  const missing = s.rows.filter(r => r.status === 'missing').map(r => r.township)
  if (missing.length > 0) lines.push(t('present.notes.missing', { list: listText(missing, text) }))
  return lines
}

/** A 红黄绿 reason in a language: the rule's English (message_en) outside Chinese, where the rule has one. */
export function reasonText(r: Pick<FlagReason, 'message' | 'message_en'>, locale: string): string {
  return locale.toLowerCase().startsWith('zh') ? r.message : (r.message_en ?? r.message)
}

/**
 * Red and yellow townships with the reasons that concern `indicators` (all reasons when the list is
 * empty), then the county's count of each colour.
 */
export function flagLines(flags: ReadonlyMap<string, FlagResult>, indicators: readonly string[], text: CompareText): string[] {
  const { t } = text
  const concerns = (id: string | null) => indicators.length === 0 || (id !== null && indicators.includes(id))
  const red: string[] = []
  const yellow: string[] = []
  for (const [township, result] of flags) {
    const reasons = result.reasons.filter(r => concerns(r.indicator))
    const first = reasons[0]
    if (!first) continue
    // Reasons are red first: a red township is listed with its red reasons only.
    const said = reasons.filter(r => r.level === first.level).map(r => reasonText(r, text.locale.value)).join(t('present.notes.reasonSeparator'))
    const entry = t('present.notes.reasons', { township, reasons: said })
    if (first.level === 'red') red.push(entry)
    else yellow.push(entry)
  }
  const lines: string[] = []
  if (red.length > 0) lines.push(t('present.notes.red', { list: listText(red, text) }))
  if (yellow.length > 0) lines.push(t('present.notes.yellow', { list: listText(yellow, text) }))
  if (red.length === 0 && yellow.length === 0 && indicators.length > 0) lines.push(t('present.notes.noFlags'))
  const count = (level: string) => [...flags.values()].filter(f => f.level === level).length
  if (flags.size > 0) lines.push(t('present.notes.county', { red: count('red'), yellow: count('yellow'), green: count('green') }))
  return lines
}
