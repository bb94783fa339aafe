// Sentences and clauses of the cleaned report text. Offsets are clean offsets, end exclusive.

export interface Span {
  start: number
  end: number
}

/**
 * What ends a sentence: 。！？ and their ASCII forms (the full stop only when no digit follows), or a
 * line break. A semicolon does not: 截至11月底，…；… keeps its period over both halves.
 */
const SENTENCE_END = /[。！？!?\n]|\.(?!\d)/g
/** What ends a clause inside a sentence, for counts: commas, the enumeration comma, colons and brackets. */
export const CLAUSE_DELIMITERS = new Set(['，', ',', '、', '：', ':', '（', '(', '）', ')', '。', '；', ';', '\n', '！', '？'])
/** For rates the enumeration comma joins rates that share a figure (持证率、培训率双100%). */
export const RATE_CLAUSE_DELIMITERS = new Set([...CLAUSE_DELIMITERS].filter(c => c !== '、'))

/** Splits into sentences, each with its end punctuation; blank stretches are skipped. */
export function splitSentences(clean: string): Span[] {
  const spans: Span[] = []
  let start = 0
  const push = (end: number): void => {
    let s = start
    while (s < end && /\s/.test(clean[s] as string)) s++
    if (s < end) spans.push({ start: s, end })
  }
  for (const m of clean.matchAll(SENTENCE_END)) {
    const end = m[0] === '\n' ? m.index : m.index + 1
    push(end)
    start = m.index + 1
  }
  push(clean.length)
  return spans
}

/** The sentence holding clean offset pos (binary search); undefined between sentences. */
export function sentenceAt(sentences: readonly Span[], pos: number): Span | undefined {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid] as Span
    if (pos < s.start) hi = mid - 1
    else if (pos >= s.end) lo = mid + 1
    else return s
  }
  return undefined
}

/** The start of the clause that holds pos: just after the last delimiter before pos, not before floor. */
export function clauseStart(clean: string, pos: number, floor: number, delimiters: ReadonlySet<string> = CLAUSE_DELIMITERS): number {
  let i = pos - 1
  while (i >= floor && !delimiters.has(clean[i] as string)) i--
  return i + 1
}

/** The start of the paragraph (line) that holds pos. */
export function paragraphStart(clean: string, pos: number): number {
  return clean.lastIndexOf('\n', pos - 1) + 1
}
