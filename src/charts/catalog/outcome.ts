// Case outcomes: each township's reconsideration or litigation results (options.kind) as stacked bars,
// counts or 100 % (options.mode); most cases first, at most OUTCOME_MAX_ROWS townships.
import { OUTCOME_PARTS, outcomeRows, rankingOrder, type OutcomeKind, type OutcomeRow } from '../../core/analysis'
import { outcomeBarOption } from '../outcomeBar'
import { rankingBarHeight } from '../rankingBar'
import { lines, withLazyNotes, pickRows, type ChartEntry, type EntryOf } from './entry'
import { flagLines, listText } from './notes'

/** Townships drawn at most: past this, those with most cases. */
export const OUTCOME_MAX_ROWS = 50

export const outcomeEntry: EntryOf = (view, env) => {
  if (view.year === null) return null
  const year = view.year
  const { text } = env
  const { t } = text
  const kind: OutcomeKind = view.options.kind === 'litigation' ? 'litigation' : 'reconsideration'
  const mode = view.options.mode === 'percent' ? 'percent' : 'absolute'
  const primary = view.indicators[0] === undefined ? null : env.series(view.indicators[0], year, view.normalization)
  const all = outcomeRows(env.data.submissions.filter(s => s.year === year), year, kind, rankingOrder(primary, env.data.townships))
  const rows = all.slice(0, OUTCOME_MAX_ROWS)
  const reported = all.filter(r => r.total !== null).length
  const title = t(`compare.outcome.title.${kind}`, { year })
  const completeness = t('compare.outcome.subtitle', { reported, expected: all.length })
  const subtitle = all.length > OUTCOME_MAX_ROWS ? `${completeness} · ${t('compare.outcome.limited', { n: OUTCOME_MAX_ROWS, total: all.length })}` : completeness
  const most = all.filter(r => (r.total ?? 0) > 0).slice(0, 3).map(r => `${r.township} ${r.total} ${t('compare.outcome.unit')}`)
  const missing = all.filter(r => r.total === null).map(r => r.township)
  const notes = () => lines(
    most.length > 0 ? [t('present.notes.cases', { list: most.join(t('common.listSeparator')) })] : [],
    missing.length > 0 ? [t('present.notes.missing', { list: listText(missing, text) })] : [],
    flagLines(env.flags(year), OUTCOME_PARTS[kind].map(p => p.indicator), text),
  )
  const make = (shown: readonly OutcomeRow[]): ChartEntry => withLazyNotes({
    kind: 'outcome',
    chart: 'outcomeBarOption',
    title,
    subtitle,
    context: { title, year, unit: mode === 'percent' ? '%' : t('compare.outcome.unit'), completeness: subtitle, file: { subject: t(`groups.${kind}`), kind: t('present.kind.outcome') } },
    view: { chart: 'outcome', indicators: [...view.indicators], year, normalization: view.normalization, options: { kind, mode } },
    rows: shown.length,
    window: { total: shown.length, of: ranges => make(pickRows(shown, ranges)) },
    chrome: 8,
    height: theme => (shown.length === 0 ? 240 : rankingBarHeight(shown.length, theme) + theme.fontSize * 3),
    build: (theme, box) => outcomeBarOption({
      rows: shown, box,
      parts: OUTCOME_PARTS[kind].map(p => ({ key: p.key, label: t(`compare.outcome.parts.${kind}.${p.key}`), tone: p.tone })),
      mode,
      labels: { missing: t('chart.missing'), noData: t('chart.noData'), total: t('compare.outcome.total'), unit: t('compare.outcome.unit'), percentAxis: t('compare.outcome.percentAxis'), paren: t('common.paren', { text: '{text}' }) },
    }, theme),
  }, notes)
  return make(rows)
}
