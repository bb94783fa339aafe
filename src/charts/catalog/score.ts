// The 考核 charts as catalog entries: the score ranking (totals coloured by grade, cut-off lines) and the
// group scores (townships × scheme groups, points/max), for one peer group or all. The 考核 page and a
// deck slide of the same view get the same entry; the deck finds the year's assessment in the data.
import { PEER_FILTERS, peerGroupOf, type PeerFilter } from '../../core/analysis'
import { groupAverages, groupScoreCells, type TownshipScore, type YearAssessment } from '../../core/assessment'
import type { DeckView } from '../../core/deck'
import type { ExportContext } from '../exportFrame'
import { scoreGroupsHeight, scoreGroupsOption } from '../scoreGroups'
import { scoreRankingHeight, scoreRankingOption, type ScoreRankingInput } from '../scoreRanking'
import { lines, type ChartEntry, type EntryOf } from './entry'
import type { Translate } from './text'

export interface ScoreEntryInput extends ScoreRankingInput {
  title: string
  context: Omit<ExportContext, 'title'>
  /** Speaker notes, one statement each. */
  notes: readonly string[]
}

export function scoreEntry(input: ScoreEntryInput): ChartEntry {
  return {
    kind: 'score',
    chart: 'scoreRankingOption',
    title: input.title,
    subtitle: input.context.completeness ?? '',
    context: { ...input.context, title: input.title },
    notes: lines([...input.notes]),
    rows: input.rows.length,
    height: theme => scoreRankingHeight(input.rows.length, theme),
    build: (theme, box) => scoreRankingOption({ ...input, box }, theme),
  }
}

/** The townships of a peer filter, ranked within it. */
export function peerRows(all: readonly TownshipScore[], peer: PeerFilter): TownshipScore[] {
  return peer === 'all' ? [...all] : all.filter(r => peerGroupOf(r.kind) === peer).sort((a, b) => a.peerRank - b.peerRank)
}

/** The peer group a view was added with (views from before peer groups: all). */
export function viewPeer(view: Pick<DeckView, 'options'>): PeerFilter {
  return PEER_FILTERS.find(p => p === view.options.peer) ?? 'all'
}

export interface ScoreCharts {
  /** The rows shown: all townships by rank, or one peer group by its own rank. */
  rows: TownshipScore[]
  ranking: ChartEntry
  groups: ChartEntry
}

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x)}%`)

/** Both 考核 charts of one year's assessment for a peer group, in the words of `t`. */
export function scoreCharts(t: Translate, a: YearAssessment, peer: PeerFilter): ScoreCharts {
  const { scheme, result, notice, year } = a
  const rows = peerRows(result.townships, peer)
  const sent = rows.filter(x => x.submitted).length
  const peerName = peer === 'all' ? '' : t(`assessment.peer.${peer}`)
  const titled = (key: string) => (peer === 'all' ? t(`assessment.${key}.title`, { year }) : t(`assessment.${key}.titlePeer`, { year, peer: peerName }))
  const completeness = t('assessment.chart.completenessLine', { sent, all: rows.length })
  const subject = `${scheme.name}${peerName}`
  const view = (chart: 'score' | 'scoreGroups') => ({ chart, year, indicators: [], townships: [], options: { peer } })
  const ranking: ChartEntry = {
    ...scoreEntry({
      rows, grades: scheme.grades.map(g => g.label), cuts: scheme.grades, scale: scheme.scale, title: titled('chart'),
      labels: { total: t('assessment.chart.total'), grade: t('assessment.chart.grade'), rank: t('assessment.chart.rank'), completeness: t('assessment.chart.completeness'), incomplete: t('assessment.chart.incomplete', { share: '{share}' }), notSubmitted: t('assessment.chart.notSubmitted'), noData: t('assessment.chart.noData'), paren: t('common.paren', { text: '{text}' }) },
      context: { year, unit: t('assessment.chart.unit'), source: scheme.name, completeness, file: { subject, kind: t('assessment.chart.kind') } },
      notes: [notice.opening, notice.bottomSentence],
    }),
    view: view('score'),
  }
  const averages = groupAverages(rows, scheme).filter(g => g.share !== null)
  const weakest = averages[0]
  const title = titled('groups')
  const input = {
    townships: rows.map(r => r.township), groups: scheme.groups, cells: groupScoreCells(rows, scheme),
    labels: { share: t('assessment.groups.share'), points: t('assessment.groups.points'), notSubmitted: t('assessment.chart.notSubmitted'), pending: t('assessment.groups.pending'), noData: t('assessment.chart.noData'), worse: t('assessment.groups.worse'), better: t('assessment.groups.better') },
  }
  const groups: ChartEntry = {
    kind: 'scoreGroups',
    chart: 'scoreGroupsOption',
    title,
    subtitle: t('assessment.groups.legend'),
    context: { title, year, source: scheme.name, completeness, note: t('assessment.groups.legend'), file: { subject, kind: t('assessment.groups.kind') } },
    notes: lines(
      averages.length > 0 ? [t('assessment.groups.averages', { list: averages.map(g => `${g.label} ${pct(g.share)}`).join(t('common.listSeparator')) })] : [],
      weakest && averages.length > 1 && weakest.share !== averages.at(-1)!.share ? [t('assessment.groups.weakest', { group: weakest.label, share: pct(weakest.share) })] : [],
    ),
    view: view('scoreGroups'),
    rows: rows.length,
    height: theme => scoreGroupsHeight(rows.length, theme),
    build: theme => scoreGroupsOption(input, theme),
  }
  return { rows, ranking, groups }
}

function deckEntry(view: DeckView, env: Parameters<EntryOf>[1], pick: (c: ScoreCharts) => ChartEntry): ChartEntry | null {
  const a = view.year === null ? null : env.data.assessment?.(view.year) ?? null
  return a ? pick(scoreCharts(env.text.t, a, viewPeer(view))) : null
}

/** A deck slide of the score ranking; null without an assessment of the view's year. */
export const scoreRankingEntry: EntryOf = (view, env) => deckEntry(view, env, c => c.ranking)
/** A deck slide of the group scores; null without an assessment of the view's year. */
export const scoreGroupsEntry: EntryOf = (view, env) => deckEntry(view, env, c => c.groups)
