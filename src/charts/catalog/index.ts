// The chart catalog: a view (what a page shows, or a deck slide stores) → its chart entry. The one
// definition of each chart kind; pages, panels, slides and exports all draw from here.
import type { DeckChart, DeckView } from '../../core/deck'
import type { CatalogEnv, ChartEntry, EntryOf } from './entry'
import { heatmapEntry } from './heatmap'
import { outcomeEntry } from './outcome'
import { peerEnv, peerOfView, withPeer } from './peer'
import { radarEntry } from './radar'
import { rankingEntry } from './ranking'
import { scatterEntry } from './scatter'
import { scoreGroupsEntry, scoreRankingEntry } from './score'
import { trendEntry } from './trend'

export { catalogEnv, type CatalogData, type CatalogEnv, type ChartEntry, type ChartKind, type ChartSize, type EntryOf } from './entry'
export { peerRows, scoreCharts, scoreEntry, viewPeer, type ScoreCharts, type ScoreEntryInput } from './score'
export { compareText, type CompareText, type Translate } from './text'

/** The entry of every chart kind a deck can hold. */
export const CATALOG: Readonly<Record<DeckChart, EntryOf>> = {
  ranking: rankingEntry,
  scatter: scatterEntry,
  heatmap: heatmapEntry,
  outcome: outcomeEntry,
  trend: trendEntry,
  radar: radarEntry,
  score: scoreRankingEntry,
  scoreGroups: scoreGroupsEntry,
}

/** The entry of a view; null when the data cannot draw it (unknown indicator or township, no year). */
export function chartEntry(view: DeckView, env: CatalogEnv): ChartEntry | null {
  const peer = peerOfView(view)
  const entry = CATALOG[view.chart](view, peerEnv(env, peer))
  return entry && withPeer(entry, peer, env)
}
