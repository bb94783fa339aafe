// Peer groups on the Compare page's charts: a view with options.peer (街道 / 镇 / 乡) is drawn from
// that group's townships and submissions only, so its ranks, mean and median are the group's own,
// and its title says which group. A slide of the view draws the same group.
import { peerSlice, type PeerFilter } from '../../core/analysis'
import type { DeckChart, DeckView } from '../../core/deck'
import { catalogEnv, patchEntry, type CatalogEnv, type ChartEntry } from './entry'
import { viewPeer } from './score'

/** Chart kinds whose townships a peer group limits (the 考核 charts do it themselves). */
export const PEER_KINDS: readonly DeckChart[] = ['ranking', 'heatmap', 'scatter', 'outcome']

const slices = new WeakMap<CatalogEnv, Map<PeerFilter, CatalogEnv>>()

/** The environment of one peer group (kept per environment, so series are computed once). */
export function peerEnv(env: CatalogEnv, peer: PeerFilter): CatalogEnv {
  if (peer === 'all') return env
  let byPeer = slices.get(env)
  if (!byPeer) { byPeer = new Map(); slices.set(env, byPeer) }
  let sliced = byPeer.get(peer)
  if (!sliced) {
    sliced = catalogEnv({ ...env.data, ...peerSlice(env.data.townships, env.data.submissions, peer) }, env.text, peer)
    byPeer.set(peer, sliced)
  }
  return sliced
}

/** The view's peer group when its kind takes one, else all. */
export function peerOfView(view: DeckView): PeerFilter {
  return PEER_KINDS.includes(view.chart) ? viewPeer(view) : 'all'
}

/** An entry of a peer group: titled with the group, its deck view keeping it. */
export function withPeer(entry: ChartEntry, peer: PeerFilter, env: CatalogEnv): ChartEntry {
  if (peer === 'all') return entry
  const suffix = env.text.t('compare.peerSuffix', { peer: env.text.t(`assessment.peer.${peer}`) })
  const title = `${entry.title}${suffix}`
  const file = entry.context.file ? { ...entry.context.file, subject: `${entry.context.file.subject}${suffix}` } : undefined
  return patchEntry(entry, {
    title,
    context: { ...entry.context, title: `${entry.context.title}${suffix}`, ...(file ? { file } : {}) },
    view: entry.view ? { ...entry.view, options: { ...entry.view.options, peer } } : undefined,
  })
}
