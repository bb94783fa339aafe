// Figures that share one cue: two counts stated respectively for two verbs before one noun
// (受理、办结信访事项分别为31件、29件), and a figure listed right after another (来访83批次、216人次).
import { LEAD, hitsUpTo, resolve } from './match'
import type { CueHit, Match, MatchContext } from './matchTypes'
import type { NumberToken } from './numbers'
import type { Span } from './sentences'

/** 受理、办结信访事项分别为31件、29件: two verbs before one noun cue, then 分别 and two figures. */
const RESPECTIVELY_BEFORE = /(?:数量|数)?分别(?:为|是|达到|达)?$/
const TWO_VERBS = /([\u4e00-\u9fff]{2})[、和及与]([\u4e00-\u9fff]{2})$/

/**
 * Two counts stated respectively for two verbs that share a noun (受理、办结信访事项分别为31件、29件):
 * the noun cue is read once with each verb before it (see VERB_SHIFTS), the first figure for the first
 * verb. null unless both read and name different indicators, and the second figure follows with 、.
 */
export function matchRespectiveCounts(ctx: MatchContext, first: NumberToken, second: NumberToken | undefined, sentence: Span): [Match, Match] | null {
  if (!second || first.unit === '%' || !/^[、和及]$/.test(ctx.clean.slice(first.end, second.start))) return null
  const filler = RESPECTIVELY_BEFORE.exec(ctx.clean.slice(sentence.start, first.start))
  if (!filler) return null
  const cueEnd = first.start - filler[0].length
  for (let i = hitsUpTo(ctx, cueEnd) - 1; i >= 0; i--) {
    const hit = ctx.hits[i] as CueHit
    if (hit.end < cueEnd) break
    if (hit.end > cueEnd || hit.start < sentence.start) continue
    const verbs = TWO_VERBS.exec(ctx.clean.slice(Math.max(sentence.start, hit.start - LEAD), hit.start))
    if (!verbs) continue
    const a = resolve(ctx, hit, sentence, first.unit, verbs[1])
    const b = resolve(ctx, hit, sentence, second.unit, verbs[2])
    if (!a || !b || a === b) return null
    return [{ indicator: a, cueStart: hit.start, cueEnd: hit.end }, { indicator: b, cueStart: hit.start, cueEnd: hit.end }]
  }
  return null
}

/**
 * A figure listed right after another with only 、 between (来访83批次、216人次) shares the cue
 * of the figure before it: the cue is read again for this figure's unit. null when it does not fit.
 */
export function matchListed(ctx: MatchContext, previous: Match, token: NumberToken, sentence: Span): Match | null {
  for (const hit of ctx.byStart.get(previous.cueStart) ?? []) {
    if (hit.end !== previous.cueEnd) continue
    const id = resolve(ctx, hit, sentence, token.unit)
    if (id) return { indicator: id, cueStart: hit.start, cueEnd: hit.end }
  }
  return null
}
