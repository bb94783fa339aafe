// A chart of the catalog: everything one chart needs on screen, on a slide, in a PNG or SVG, in the
// ZIP and in the PowerPoint deck — title, subtitle, context line, notes, the deck view, and
// build(theme, size). Pages, the deck and every export take the same entry; none defines a chart again.
import type { EChartsOption } from 'echarts'
import { compareSeries, evaluateYearFlags, rateTargets, type CompareInput, type CompareSeries, type FlagResult, type Normalization, type PeerFilter, type RateTarget } from '../../core/analysis'
import type { Annotation, MarkedNote } from '../../core/annotations'
import type { Scheme, YearAssessment } from '../../core/assessment'
import type { DeckChart, DeckView, DeckViewPart } from '../../core/deck'
import type { FlagRules } from '../../core/flagRules'
import type { Issue } from '../../core/types'
import type { PlotBox } from '../common'
import type { ExportContext } from '../exportFrame'
import type { ChartLegend } from '../legend'
import type { ChartTheme } from '../theme'
import type { CompareText } from './text'
import { boundedCache } from './boundedCache'

/** A picture's size in CSS px, with the bands its frame keeps free at the top and bottom. */
export type ChartSize = PlotBox

/** Chart kinds: those a deck view can hold (the 考核 charts among them). */
export type ChartKind = DeckChart

export interface ChartEntry {
  /** Catalog id: what a deck view stores (ranking, heatmap …). */
  kind: ChartKind
  /** Builder name, shown as data-chart to tests. */
  chart: string
  title: string
  /** The line under the title on screen. */
  subtitle: string
  /** What a picture of the chart says about itself (the context line): unit, year, normalization, source, completeness, note, file name. */
  context: ExportContext
  /**
   * What the chart's colours mean (above/below the median, meets/misses the target, no bar = not
   * reported), as build draws it into the option: on screen, on a slide and in every picture alike.
   * Absent for a chart whose colours a legend of its own (series names, colour scale) explains.
   */
  legend?: ChartLegend
  /** Speaker notes, one statement per line; '' when there are none. */
  notes: string
  /** The clerk's notes the chart marks (①, ② …), also in context.note and notes; absent when none. */
  annotations?: readonly MarkedNote[]
  /** The view 加入演示 adds; absent when the chart cannot be added to the deck. */
  view?: DeckViewPart
  /** Category rows a picture of the chart draws at once (bars, heatmap rows); 0 for other charts. */
  rows: number
  /** A category chart drawn with some of its rows (a slide split in two, or top and bottom rows); absent for other charts. */
  window?: RowWindow
  /**
   * Rows drawn at once on screen: the panel hands ECharts a window of that many rows (window.of) and
   * pages through the rest; pictures, slides and the CSV take the whole entry. Absent: every row.
   */
  screenRows?: number
  /** Lines of type around the rows (axes, legend, reference labels) a slide keeps free; 5 when absent. */
  chrome?: number
  /** Height of the chart on screen for a theme, px. */
  height: (theme: ChartTheme) => number
  /**
   * The option for a theme. `size` is a picture's (slide, PNG, SVG): the chart is drawn into the band
   * between its frame's header and footer, and a heatmap draws every row; without it (on screen) the
   * chart fills its panel and a long heatmap scrolls.
   */
  build: (theme: ChartTheme, size?: ChartSize) => EChartsOption
}

/** Rows from (inclusive) to (exclusive), by position in the chart's order. */
export type RowRange = readonly [number, number]

export interface RowWindow {
  /** Rows of the whole chart. */
  total: number
  /** The same chart (words, context, notes) drawing only the rows of the ranges, in order. */
  of: (ranges: readonly RowRange[]) => ChartEntry
  /** The row a window on screen is brought to (the first highlighted township's), absent when none. */
  focus?: number
}

/** The rows of the ranges, in order. */
export const pickRows = <T>(rows: readonly T[], ranges: readonly RowRange[]): T[] => ranges.flatMap(([from, to]) => rows.slice(from, to))

/** The data every entry is computed from. */
export interface CatalogData extends CompareInput {
  issues: readonly Issue[]
  rules: FlagRules
  /** A year's 考核 under the county's scheme (the score charts); absent or null, they cannot be drawn. */
  assessment?: (year: number) => YearAssessment | null
  /** The county's 考核 scheme: its full-points lines are rate targets where the flag rules set none. */
  scheme?: Scheme | null
  /** The clerk's notes on townships and years (core/annotations); the charts they concern mark them. */
  annotations?: readonly Annotation[]
}

/** Data, words and the figures entries share, computed once per data (series, flags). */
export interface CatalogEnv {
  data: CatalogData
  text: CompareText
  /** The peer group the data is limited to (its medians are the group's), or all. */
  peer: PeerFilter
  /** The series of `id` in `year` (cached); null for an id the registry does not know. */
  series: (id: string, year: number, mode: Normalization) => CompareSeries | null
  /** The year's flag of every township that submitted (cached). */
  flags: (year: number) => ReadonlyMap<string, FlagResult>
  /** Rate targets (达标) from the flag rules and the scheme (cached). */
  targets: () => ReadonlyMap<string, RateTarget>
}

/** An entry of one kind for a view; null when the data cannot draw it (unknown indicator or township, no year). */
export type EntryOf = (view: DeckView, env: CatalogEnv) => ChartEntry | null

/** Series an environment keeps (the most recently used). */
export const SERIES_KEPT = 64

/** The environment over `data` (of one peer group, or all) in the words of `text`: series and flags are computed on first use and kept. */
export function catalogEnv(data: CatalogData, text: CompareText, peer: PeerFilter = 'all'): CatalogEnv {
  // Enough for a few views of the Compare page (ranking, 6 small multiples, a heatmap group, the scatter); bounded, so 200 switches do not keep 200 views' series.
  const series = boundedCache<CompareSeries | null>(SERIES_KEPT)
  const flags = new Map<number, ReadonlyMap<string, FlagResult>>()
  let targets: ReadonlyMap<string, RateTarget> | null = null
  return {
    data,
    text,
    peer,
    series(id, year, mode) {
      return series.get(`${id}\u0000${year}\u0000${mode}`, () => compareSeries(data, id, year, mode))
    },
    flags(year) {
      let f = flags.get(year)
      if (!f) {
        f = evaluateYearFlags(data.submissions, year, { registry: data.registry, rules: data.rules, issues: data.issues })
        flags.set(year, f)
      }
      return f
    },
    targets() {
      targets ??= rateTargets(data.registry, data.rules, data.scheme ?? null)
      return targets
    },
  }
}

/**
 * `entry` with its speaker notes computed on first read: they need the year's flags (≈0.5 s for
 * 1,500 townships), which only the PowerPoint export reads, so a switch on screen does not compute them.
 */
export function withLazyNotes(entry: Omit<ChartEntry, 'notes'>, notes: () => string): ChartEntry {
  let memo: string | null = null
  return Object.defineProperty({ ...entry }, 'notes', { get: () => (memo ??= notes()), enumerable: true, configurable: true }) as ChartEntry
}

/** `entry` with `patch` over it and its notes passed through `notes`, still read lazily (a spread would compute them now). */
export function patchEntry(entry: ChartEntry, patch: Partial<Omit<ChartEntry, 'notes'>>, notes: (before: string) => string = n => n): ChartEntry {
  const rest: Record<string, unknown> = {}
  for (const key of Object.keys(entry)) if (key !== 'notes') rest[key] = (entry as unknown as Record<string, unknown>)[key]
  return withLazyNotes({ ...(rest as unknown as Omit<ChartEntry, 'notes'>), ...patch }, () => notes(entry.notes))
}

/** Statements joined one a line, empty ones dropped. */
export const lines = (...groups: string[][]): string => groups.flat().filter(l => l !== '').join('\n')
