// The indicators of a percentage: the rate named right before it, several rates sharing one figure
// (均/都/双), or rates handed to the figures that follow them (分别).
import { cueAfter, hitsUpTo, resolve } from './match'
import type { CueHit, Match, MatchContext } from './matchTypes'
import type { NumberToken } from './numbers'
import { RATE_CLAUSE_DELIMITERS, clauseStart, type Span } from './sentences'

/** Between a rate and its figure: 均达, 双, 分别为, 由2023年的 (an old value), 提升至 … */
const RATE_FILLER = /(均|都|双|皆|全部|分别)?(?:由(?:\d{4}年度?|上年度?|去年)?的?|达到了|达到|达|为|是|保持在|保持|实现了|实现|提升至|提高至|提高到|上升至|升至|超过|超)?$/
const RATE_JOIN = /、|以及|与|和|及/g

/**
 * The indicators of a percentage: the rate named right before it (持证上岗率达100%); several rates
 * joined by 、/与/和/及 share it when 均/都/双/皆 says so (出庭应诉率与胜诉率均达100%); with 分别 the
 * rates are returned in order for the figures that follow (respectively). A rate word that is no cue
 * (合格率, 参考率) takes the figure away from any rate before it.
 */
export function matchRate(ctx: MatchContext, token: NumberToken, sentence: Span, floor: number): { matches: (Match | null)[], respectively: boolean } {
  const start = clauseStart(ctx.clean, token.start, Math.max(floor, sentence.start), RATE_CLAUSE_DELIMITERS)
  const window = ctx.clean.slice(start, token.start)
  const filler = RATE_FILLER.exec(window) as RegExpExecArray
  const body = window.slice(0, window.length - filler[0].length)
  const ends = [start + body.length]
  for (const m of body.matchAll(RATE_JOIN)) ends.push(start + m.index)
  ends.sort((a, b) => b - a)
  const at = (end: number): Match | null => {
    for (let i = hitsUpTo(ctx, end) - 1; i >= 0; i--) {
      const hit = ctx.hits[i] as CueHit
      if (hit.end < end) break
      if (hit.end > end || hit.start < start) continue
      const id = resolve(ctx, hit, sentence, '%')
      if (id) return { indicator: id, cueStart: hit.start, cueEnd: hit.end }
    }
    return null
  }
  const last = at(ends[0] as number) ?? (body.length === 0 || !body.endsWith('率') ? cueAfter(ctx, token, sentence, ind => ind.kind === 'rate') : null)
  const marker = filler[1]
  if (!marker || ends.length === 1) return { matches: [last], respectively: false }
  const earlier: (Match | null)[] = []
  for (const e of ends.slice(1)) {
    const m = at(e)
    if (!m && ctx.clean[e - 1] !== '率') break
    earlier.unshift(m)
  }
  const matches = [...earlier, last]
  return marker === '分别' ? { matches, respectively: true } : { matches: matches.filter(m => m !== null), respectively: false }
}
