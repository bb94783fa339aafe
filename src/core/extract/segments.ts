// Report text → runs of plain text and of marked figures, for showing a report with every found
// figure highlighted. The runs are text: the UI renders each as a text node, never as HTML.

/** A marked stretch of the text: character offsets (UTF-16 code units), end exclusive. */
export interface TextMark {
  start: number
  end: number
}

export interface TextSegment {
  text: string
  start: number
  end: number
  /** Indices (into the marks given) of the marks covering this run, ascending; empty for plain text. */
  marks: number[]
}

/**
 * Cuts `text` at every start and end of the marks, so that each run is covered by one set of marks.
 * Overlapping marks give runs listing several indices; adjacent marks stay separate runs. Offsets
 * outside the text are clamped; empty, inverted or non-numeric marks are ignored. The runs cover
 * the whole text in order: joined, they give it back. The input is not mutated.
 */
export function buildSegments(text: string, marks: readonly TextMark[]): TextSegment[] {
  const length = text.length
  const clamp = (x: number): number => Math.min(Math.max(Math.round(x), 0), length)
  const valid: { index: number, start: number, end: number }[] = []
  const cuts = new Set<number>([0, length])
  marks.forEach((m, index) => {
    if (!Number.isFinite(m.start) || !Number.isFinite(m.end)) return
    const start = clamp(m.start)
    const end = clamp(m.end)
    if (end <= start) return
    valid.push({ index, start, end })
    cuts.add(start)
    cuts.add(end)
  })
  const points = [...cuts].sort((a, b) => a - b)
  const segments: TextSegment[] = []
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k] as number
    const end = points[k + 1] as number
    const covering = valid.filter(m => m.start <= start && m.end >= end).map(m => m.index)
    segments.push({ text: text.slice(start, end), start, end, marks: covering })
  }
  return segments
}

/**
 * The sentence split around the figure it holds, for showing the figure in bold inside it:
 * [before, figure, after], or null when the figure's text is not found in the sentence.
 */
export function splitSentence(sentence: string, figure: string): [string, string, string] | null {
  // The sentence has its soft line breaks removed (see ExtractedValue.evidence): so has the figure.
  const plain = figure.replace(/\s*\n\s*/g, '').trim()
  const at = plain === '' ? -1 : sentence.indexOf(plain)
  return at < 0 ? null : [sentence.slice(0, at), plain, sentence.slice(at + plain.length)]
}
