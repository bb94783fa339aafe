// The 考核 ranking: total scores as horizontal bars coloured by grade, with the grade cut-offs as lines.
import type { BarSeriesOption, EChartsOption } from 'echarts'
import { baseOption, emptyOption, firstParam, titleOption, tooltipBase, tooltipLine, type FormatterParams, fromBottom, fromTop, type PlotBox } from './common'
import { escapeHtml } from './escapeHtml'
import type { ChartTheme } from './theme'

export interface ScoreRow {
  township: string
  total: number
  grade: string
  rank: number
  /** 0–1: share of the figures the scheme needs that were present. */
  completeness: number
  submitted: boolean
}

export interface ScoreRankingLabels {
  total: string
  grade: string
  rank: string
  completeness: string
  /** The bar label of an incomplete score, e.g. 数据 50%: {share} is replaced. */
  incomplete: string
  notSubmitted: string
  noData: string
  /** Brackets around a remark, `{text}` replaced: '（{text}）' (default) or ' ({text})'. */
  paren?: string
}

export interface ScoreRankingInput {
  rows: readonly ScoreRow[]
  /** Grade labels, best first (their colours go from green to red). */
  grades: readonly string[]
  /** Cut-off lines, e.g. 优秀 90, 良好 80, 合格 60. */
  cuts: readonly { label: string, atLeast: number }[]
  scale: number
  labels: ScoreRankingLabels
  animation?: boolean
  /** The band of a picture to draw into (exports, slides); the whole container when absent. */
  box?: PlotBox
}

/** The chart's words in the 通报, which is always written in Chinese whatever the page's language. */
export const DOCUMENT_LABELS: ScoreRankingLabels = { total: '总分', grade: '等次', rank: '名次', completeness: '数据完整度', incomplete: '数据 {share}', notSubmitted: '未报送', noData: '暂无数据', paren: '（{text}）' }

/** Grade colour: the best grade green, the worst red, those between blue and amber. */
export function gradeColor(grade: string, grades: readonly string[], theme: ChartTheme): string {
  const i = grades.indexOf(grade)
  if (i < 0) return theme.colors.missing
  if (i === 0) return theme.colors.better
  if (i === grades.length - 1) return theme.colors.worse
  return i === 1 ? theme.colors.neutral : '#E69F00'
}

const pct = (share: number) => `${Math.round(share * 100)}%`

/** Total scores, best first, bars coloured by grade, cut-off lines; incomplete scores say how complete. */
export function scoreRankingOption(input: ScoreRankingInput, theme: ChartTheme): EChartsOption {
  const { rows, labels } = input
  if (rows.length === 0) return emptyOption(labels.noData, theme)
  const barText = (r: ScoreRow) => (!r.submitted ? `${r.total} ${labels.notSubmitted}` : r.completeness < 1 ? `${r.total}${(labels.paren ?? '（{text}）').replace('{text}', labels.incomplete.replace('{share}', pct(r.completeness)))}` : String(r.total))
  const bars: BarSeriesOption = {
    type: 'bar',
    name: labels.total,
    barMaxWidth: theme.barWidth,
    data: rows.map(r => ({ value: r.total, itemStyle: { color: gradeColor(r.grade, input.grades, theme), opacity: r.completeness < 1 ? 0.55 : 1 }, label: { formatter: barText(r) } })),
    label: { show: true, position: 'right', color: theme.colors.text, fontSize: theme.fontSize },
    markLine: {
      silent: true, symbol: 'none',
      lineStyle: { color: theme.colors.reference, type: 'dashed', width: Math.max(1, theme.lineWidth - 1) },
      label: { color: theme.colors.reference, fontSize: theme.fontSize, position: 'start' },
      data: input.cuts.filter(c => c.atLeast > 0).map(c => ({ name: c.label, xAxis: c.atLeast, label: { formatter: `${c.label} ${c.atLeast}` } })),
    },
  }
  const tooltip = (params: FormatterParams): string => {
    const p = firstParam(params)
    const r = p ? rows[p.dataIndex] : undefined
    if (!r) return ''
    return [`<strong>${escapeHtml(r.township)}</strong>`, tooltipLine(labels.total, String(r.total)), tooltipLine(labels.grade, r.grade),
      tooltipLine(labels.rank, String(r.rank)), tooltipLine(labels.completeness, pct(r.completeness))].join('<br/>')
  }
  return {
    ...baseOption(theme, input.animation),
    title: titleOption(theme),
    tooltip: { ...tooltipBase(theme), trigger: 'item', formatter: tooltip },
    grid: { left: theme.fontSize, right: theme.fontSize * 9, top: fromTop(input.box, theme.fontSize * 3), bottom: fromBottom(input.box, theme.fontSize * 2), outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'value', min: 0, max: Math.max(input.scale, ...rows.map(r => Math.ceil(r.total))), axisLabel: { fontSize: theme.fontSize, color: theme.colors.mutedText }, splitLine: { lineStyle: { color: theme.colors.splitLine } } },
    yAxis: { type: 'category', inverse: true, data: rows.map(r => r.township), axisLabel: { interval: 0, fontSize: theme.fontSize, color: theme.colors.text }, axisTick: { show: false }, axisLine: { lineStyle: { color: theme.colors.axis } } },
    series: [bars],
  }
}

/** A container height (px) at which `rows` bars and labels do not overlap. */
export function scoreRankingHeight(rows: number, theme: ChartTheme): number {
  return Math.round(Math.max(1, rows) * Math.max(theme.barWidth * 1.7, theme.fontSize * 1.6) + theme.fontSize * 6)
}
