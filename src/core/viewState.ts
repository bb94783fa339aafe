// View state ⇄ URL query: a copied link reopens the same view. Pure; the router glue is in composables.
import type { Normalization } from './analysis/perCapita'
import { PEER_FILTERS, type PeerFilter } from './analysis/peerGroups'

export type { Normalization, PeerFilter }
export type ThemeName = 'screen' | 'projector'

export interface ViewState {
  /** Report year; null = the latest year in the data. */
  year: number | null
  /** Chosen indicators, the primary one first. */
  indicators: string[]
  /** Chosen (highlighted) townships. */
  townships: string[]
  normalization: Normalization
  theme: ThemeName
  /** Peer group every ranking is limited to (街道 / 镇 / 乡), or all. */
  peer: PeerFilter
}

export const DEFAULT_INDICATOR = 'enforcement_cert_rate'
export const defaultViewState = (): ViewState => ({ year: null, indicators: [DEFAULT_INDICATOR], townships: [], normalization: 'raw', theme: 'screen', peer: 'all' })

type Query = Record<string, string | null | (string | null)[] | undefined>

const NORMALIZATIONS: readonly Normalization[] = ['raw', 'per10k', 'perOfficer']
const THEMES: readonly ThemeName[] = ['screen', 'projector']
/** Upper bounds so that a hand-edited link cannot blow up the page. */
const MAX_LIST = 50

function first(v: Query[string]): string | null {
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null)
}

function list(v: Query[string]): string[] {
  const text = first(v)
  if (!text) return []
  return [...new Set(text.split(',').map(s => s.trim()).filter(s => s !== ''))].slice(0, MAX_LIST)
}

/**
 * Reads view state from a route query; anything unknown or malformed falls back to the default.
 * `knownIndicator` filters indicator ids (unknown ids in a link are dropped).
 */
export function parseViewQuery(query: Query, knownIndicator: (id: string) => boolean): ViewState {
  const d = defaultViewState()
  const y = Number(first(query.year))
  const indicators = list(query.ind).filter(knownIndicator)
  const norm = first(query.norm) as Normalization
  const theme = first(query.theme) as ThemeName
  const peer = first(query.peer) as PeerFilter
  return {
    year: Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : null,
    indicators: indicators.length > 0 ? indicators : d.indicators,
    townships: list(query.t),
    normalization: NORMALIZATIONS.includes(norm) ? norm : d.normalization,
    theme: THEMES.includes(theme) ? theme : d.theme,
    peer: PEER_FILTERS.includes(peer) ? peer : d.peer,
  }
}

/** The query for a view state; defaults are left out so links stay short. */
export function viewQuery(s: ViewState): Record<string, string> {
  const d = defaultViewState()
  const q: Record<string, string> = {}
  if (s.year !== null) q.year = String(s.year)
  if (s.indicators.join(',') !== d.indicators.join(',')) q.ind = s.indicators.join(',')
  if (s.townships.length > 0) q.t = s.townships.join(',')
  if (s.normalization !== d.normalization) q.norm = s.normalization
  if (s.theme !== d.theme) q.theme = s.theme
  if (s.peer !== d.peer) q.peer = s.peer
  return q
}

/** Whether two queries say the same thing (order of keys ignored). */
export function sameQuery(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const k of keys) if (String(a[k] ?? '') !== String(b[k] ?? '')) return false
  return true
}
