// The figures a chart draws, as table rows (header first) for 下载图表数据 (CSV): read from the option
// the catalog entry builds, so the table holds exactly what the chart shows — category charts (bars,
// lines) one row per category and a column per series, heatmaps a row per row label, scatters a row
// per point, radars a row per axis. Helper series (silent bands, stacking bases) are left out.
import type { EChartsOption } from 'echarts'

/** Words of the header the option does not carry (i18n stays out of src/charts). */
export interface ChartTableLabels {
  /** First column of a category chart or heatmap, e.g. 项目. */
  category: string
  /** First column of a scatter, e.g. 名称. */
  name: string
  /** First column of a radar, e.g. 指标. */
  axis: string
  /** Brackets around a remark, `{text}` replaced: '（{text}）' (default) or ' ({text})'. */
  paren?: string
}

export type TableRow = (string | number)[]
type Obj = Record<string, unknown>

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
/** At most four decimals: what a spreadsheet needs, without float noise (98.80952380952381 → 98.8095). */
const round = (n: number): number => Math.round(n * 1e4) / 1e4

/** A data item's value: `5`, `{ value: 5 }`, `[x, y]`, `{ value: [x, y] }`. */
const valueOf = (item: unknown): unknown => (isObj(item) ? item.value : item)

/** A cell: finite numbers rounded, '-' and null empty, text as it is. */
function cell(v: unknown): string | number {
  if (typeof v === 'number') return Number.isFinite(v) ? round(v) : ''
  if (typeof v === 'string') return v === '-' ? '' : v
  return ''
}

/** Category labels of an axis: plain strings or `{ value }` items. */
const categories = (axis: unknown): string[] => asArray(isObj(axis) ? axis.data : undefined).map(d => String(valueOf(d) ?? ''))

/** A series that only draws (a band's base, a label layer): no figures of its own. */
const helper = (s: Obj): boolean => s.silent === true || (typeof s.name === 'string' && s.name.endsWith('-base'))

const nameOf = (s: Obj, i: number): string => (typeof s.name === 'string' && s.name !== '' ? s.name : `#${i + 1}`)

/** `数值（%）`: the series name with the value axis' unit when the name does not already say it. */
function header(s: Obj, i: number, unit: string, paren = '（{text}）'): string {
  const n = nameOf(s, i)
  return unit === '' || n.includes(unit) ? n : `${n}${paren.replace('{text}', unit)}`
}

function heatmapRows(o: Obj, series: Obj[], labels: ChartTableLabels): TableRow[] {
  const xs = categories(asArray(o.xAxis)[0])
  const ys = categories(asArray(o.yAxis)[0])
  const grid: (string | number)[][] = ys.map(() => xs.map(() => ''))
  series.forEach((s, si) => {
    for (const item of asArray(s.data)) {
      const v = asArray(valueOf(item))
      const x = Number(v[0])
      const y = Number(v[1])
      const row = grid[y]
      if (!row || !(x in row) || row[x] !== '') continue
      // The first series holds the figures; later ones mark cells by their name (未报送).
      row[x] = si === 0 ? cell(v[2]) : nameOf(s, si)
    }
  })
  const first = series[0]
  const unit = first ? nameOf(first, 0) : ''
  return [[labels.category, ...xs.map(x => (unit === '' ? x : `${x}${(labels.paren ?? '（{text}）').replace('{text}', unit)}`))], ...ys.map((y, i) => [y, ...(grid[i] ?? [])])]
}

function scatterRows(o: Obj, series: Obj[], labels: ChartTableLabels): TableRow[] {
  const axisName = (a: unknown): string => { const x = asArray(a)[0]; return isObj(x) && typeof x.name === 'string' ? x.name : '' }
  const rows: TableRow[] = [[labels.name, axisName(o.xAxis) || 'x', axisName(o.yAxis) || 'y']]
  for (const s of series) {
    for (const item of asArray(s.data)) {
      const v = asArray(valueOf(item))
      rows.push([isObj(item) && typeof item.name === 'string' ? item.name : '', cell(v[0]), cell(v[1])])
    }
  }
  return rows
}

function radarRows(o: Obj, series: Obj[], labels: ChartTableLabels): TableRow[] {
  const axes = asArray(isObj(asArray(o.radar)[0]) ? (asArray(o.radar)[0] as Obj).indicator : undefined).map(a => (isObj(a) ? String(a.name ?? '') : ''))
  const items = series.flatMap(s => asArray(s.data)).filter(isObj)
  return [[labels.axis, ...items.map((d, i) => (typeof d.name === 'string' ? d.name : `#${i + 1}`))], ...axes.map((a, ai) => [a, ...items.map(d => cell(asArray(d.value)[ai]))])]
}

function categoryRows(o: Obj, series: Obj[], labels: ChartTableLabels): TableRow[] {
  const axes = [...asArray(o.xAxis), ...asArray(o.yAxis)].filter(isObj)
  const catAxis = axes.find(a => a.type === 'category')
  const valAxis = axes.find(a => a.type !== 'category')
  const cats = categories(catAxis)
  const unit = isObj(valAxis) && typeof valAxis.name === 'string' ? valAxis.name : ''
  const shown = series.filter(s => asArray(s.data).length === cats.length)
  return [[labels.category, ...shown.map((s, i) => header(s, i, unit, labels.paren))], ...cats.map((c, ci) => [c, ...shown.map(s => cell(valueOf(asArray(s.data)[ci])))])]
}

/** The chart's figures as rows, header first; `[]` for an option without series (暂无数据). */
export function chartTableRows(option: EChartsOption, labels: ChartTableLabels): TableRow[] {
  const o = option as Obj
  const series = asArray(o.series).filter(isObj).filter(s => !helper(s))
  if (series.length === 0) return []
  const type = series[0]?.type
  if (type === 'heatmap') return heatmapRows(o, series, labels)
  if (type === 'radar') return radarRows(o, series, labels)
  const hasCategory = [...asArray(o.xAxis), ...asArray(o.yAxis)].some(a => isObj(a) && a.type === 'category')
  if (type === 'scatter' && !hasCategory) return scatterRows(o, series, labels)
  return categoryRows(o, series, labels)
}
