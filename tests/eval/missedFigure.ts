// Where a missed figure stands in a report and what the engine found instead: for the lists of misses
// the evaluation prints (extractEval.ts), so a tuner sees the sentence without opening the text.
import { scanNumbers } from '../../src/core/extract/numbers'
import { prepareText } from '../../src/core/extract/text'
import type { ExtractedValue } from '../../src/core/extract/types'
import type { Indicator } from '../../src/core/types'
import type { ExpectedFigure } from './extractEval'

/** Sentences of a text, as written, for showing where a missed figure stands. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[。！？；])|\n/).map(s => s.trim()).filter(s => s !== '')
}

/**
 * The sentence a missed figure most likely stands in: one that holds the value (in any unit the
 * indicator accepts, digits grouped by spaces and Chinese numerals included), or for 0 a negation,
 * preferring sentences that share the most two-character words with the indicator's label and
 * aliases. A zero needs at least two such words.
 */
export function guessSentence(text: string, ind: Indicator | undefined, value: number): string {
  const names = ind ? [ind.label_zh.replace(/（[^）]*）|[“”]/g, ''), ...ind.aliases] : []
  const words = [...new Set(names.flatMap(n => [...n].slice(1).map((c, i) => `${n[i] ?? ''}${c}`)))]
  let best = ''
  let bestScore = value === 0 ? 1 : -1
  for (const sentence of sentencesOf(text)) {
    const clean = prepareText(sentence).clean
    const holds = value === 0
      ? /无|未|没有|零/.test(clean)
      : scanNumbers(clean.replace(/(\d) (?=\d{3}(?!\d))/g, '$1')).some(t => Math.abs(t.value * (t.unit === '%' ? 1 : (ind?.unit_aliases[t.unit] ?? 1)) - value) < 1e-6)
    if (!holds) continue
    const score = words.filter(w => clean.includes(w)).length
    if (score > bestScore) {
      best = sentence
      bestScore = score
    }
  }
  return best === '' ? '（未在原文中找到这个数）' : best
}

export function missHint(values: readonly ExtractedValue[], f: ExpectedFigure): string | undefined {
  const same = values.filter(v => v.indicator === f.indicator)
  if (same.some(v => !v.preferred && v.value === f.value && v.year === f.year)) return 'found, not preferred'
  if (same.length === 0) return undefined
  return `engine has ${same.map(v => `${v.value}${v.year === f.year ? '' : `@${v.year}`}${v.preferred ? '' : '?'}`).join(', ')}`
}

