// Peer groups: counties rank 街道, 镇 and 乡 separately, since a town's workload is not a street's.
// The filter is part of the view state (URL ?peer=), so every ranking of a link shows the same group.
import type { Submission, Township } from '../types'

export const PEER_GROUPS = ['街道', '镇', '乡'] as const
export type PeerGroup = typeof PEER_GROUPS[number]
/** A peer group, or every township. */
export type PeerFilter = 'all' | PeerGroup
export const PEER_FILTERS: readonly PeerFilter[] = ['all', ...PEER_GROUPS]

/** The peer group a township of this kind is ranked in: 街道, 乡, else 镇. */
export function peerGroupOf(kind: string): PeerGroup {
  return kind === '街道' || kind === '乡' ? kind : '镇'
}

/** Whether a township of this kind belongs to the filter. */
export function inPeer(kind: string, peer: PeerFilter): boolean {
  return peer === 'all' || peerGroupOf(kind) === peer
}

/**
 * The county list and the submissions of one peer group, so that ranks, mean and median are the
 * group's own. Submissions of names not on the list belong to no group and are left out of a group.
 */
export function peerSlice(townships: readonly Township[], submissions: readonly Submission[], peer: PeerFilter): { townships: readonly Township[], submissions: readonly Submission[] } {
  if (peer === 'all') return { townships, submissions }
  const members = townships.filter(t => inPeer(t.kind, peer))
  const names = new Set(members.map(t => t.name))
  const codes = new Set(members.map(t => t.code).filter(c => c !== ''))
  return { townships: members, submissions: submissions.filter(s => names.has(s.township) || (s.code !== null && codes.has(s.code))) }
}
