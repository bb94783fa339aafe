// The 考核 ranking as a catalog entry: total scores coloured by grade, for the page panel, its PNG and
// SVG, and the page's ZIP and PowerPoint deck. The page passes its words (the scheme and result are its own).
import { scoreRankingHeight, scoreRankingOption, type ScoreRankingInput } from '../scoreRanking'
import type { ExportContext } from '../exportFrame'
import { lines, type ChartEntry } from './entry'

export interface ScoreEntryInput extends ScoreRankingInput {
  title: string
  context: Omit<ExportContext, 'title'>
  /** Speaker notes, one statement each. */
  notes: readonly string[]
}

export function scoreEntry(input: ScoreEntryInput): ChartEntry {
  return {
    kind: 'score',
    chart: 'scoreRankingOption',
    title: input.title,
    subtitle: input.context.completeness ?? '',
    context: { ...input.context, title: input.title },
    notes: lines([...input.notes]),
    rows: input.rows.length,
    height: theme => scoreRankingHeight(input.rows.length, theme),
    build: theme => scoreRankingOption(input, theme),
  }
}
