// The shapes that matching a figure to its indicator shares: the cues found in a text, the text's
// topics, and a match (src/core/extract/match.ts builds them; the counted-noun and list readers read them).
import type { Indicator } from '../types'
import type { CueDef, Topic } from './patterns'

/** One cue found in the cleaned text, by character offsets. */
export interface CueHit { start: number, end: number, cue: CueDef }
/** A topic word of the text (a campaign, a procedure), by the offset where it ends. */
export interface TopicMark { end: number, topic: Topic }

export interface MatchContext {
  clean: string
  /** Sorted by end, then the shortest first among those ending together: read backwards, the longest comes first. */
  hits: readonly CueHit[]
  /** Hits by start offset, for cues after a figure. */
  byStart: ReadonlyMap<number, readonly CueHit[]>
  topics: readonly TopicMark[]
  byId: ReadonlyMap<string, Indicator>
}

/** A figure's indicator and the cue that named it; far: the cue stands beyond the usual gap (a list between), so the reading is held for review. */
export interface Match { indicator: string, cueStart: number, cueEnd: number, far?: boolean }
