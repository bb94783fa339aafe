// The 考核 group scores: townships × scheme groups, each cell its points out of the group's maximum,
// coloured by that share (grey when the township sent nothing or awaits review). Its catalog entry is
// in catalog/score.ts.
import type { EChartsOption } from 'echarts'
import { formatNumber } from './common'
import { heatmapOption } from './heatmap'
import type { ChartTheme } from './theme'

export interface ScoreGroupCell {
  township: string
  group: string
  points: number
  max: number
  /** 0–100; null: grey cell (nothing submitted, or all awaiting review). */
  share: number | null
  /** Part of the points await a reviewer's score. */
  pending?: boolean
}

export interface ScoreGroupsLabels {
  share: string
  points: string
  notSubmitted: string
  /** Said of points that await a reviewer's score, e.g. 待评议. */
  pending: string
  noData: string
  worse: string
  better: string
}

export interface ScoreGroupsInput {
  /** Rows top to bottom (the ranking's order). */
  townships: readonly string[]
  groups: readonly { id: string, label: string }[]
  cells: readonly ScoreGroupCell[]
  labels: ScoreGroupsLabels
  animation?: boolean
}

/** A container height (px) at which every row of the heatmap keeps readable cells. */
export function scoreGroupsHeight(rows: number, theme: ChartTheme): number {
  return Math.round(Math.max(1, rows) * theme.fontSize * 2.1 + theme.fontSize * 9)
}

/** Cells read `8/10`; the colour is the share of the group's points, so groups of any size compare. */
export function scoreGroupsOption(input: ScoreGroupsInput, theme: ChartTheme): EChartsOption {
  const { labels } = input
  return heatmapOption({
    townships: input.townships,
    indicators: input.groups.map(g => ({ id: g.id, label: g.label, unit: '' })),
    cells: input.cells.map((c) => {
      const points = `${formatNumber(c.points, 2)}/${formatNumber(c.max, 2)}`
      const text = c.share === null ? (c.pending ? labels.pending : labels.notSubmitted) : c.pending ? `${points} ${labels.pending}` : points
      return { township: c.township, indicator: c.group, percentile: c.share, value: c.share === null ? null : c.points, text }
    }),
    labels: { percentile: labels.share, value: labels.points, missing: labels.notSubmitted, noData: labels.noData, worse: labels.worse, better: labels.better },
    animation: input.animation,
  }, theme)
}
