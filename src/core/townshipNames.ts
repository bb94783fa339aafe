// Township names as files write them, folded for comparison: full-width forms, organ suffixes
// (人民政府, 办事处), a county or city prefix and the kind word (镇, 乡, 街道) taken off.
import type { Township } from './types'

/** The kind words a township name ends in. */
export const KIND_WORDS: readonly Township['kind'][] = ['街道', '镇', '乡']
/** Trailing words naming the township's organs rather than the township: 大同镇人民政府, 城关街道办事处. */
const ORGAN_SUFFIXES = ['人民政府', '政府', '办事处', '党工委', '党委']
/** Characters that end a higher-level division: 某某省, 示例县, 某某市, 某某区, 某某州, 某某旗. */
export const PREFIX_ENDS: ReadonlySet<string> = new Set(['省', '市', '县', '区', '州', '旗'])

/** Characters foldName() changes besides letter case: full-width forms and whitespace (U+3000 included). */
const NEEDS_FOLDING = /[\uff01-\uff5e\s]/

/**
 * Folds a name for comparison: full-width → half-width (ＡＢＣ１２３, ideographic space), lower case,
 * all whitespace removed. Chinese characters are untouched.
 */
export function foldName(name: string): string {
  if (!NEEDS_FOLDING.test(name)) return name.toLowerCase()
  let out = ''
  for (const ch of name) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCodePoint(cp - 0xfee0)
    else if (cp === 0x3000) out += ' '
    else out += ch
  }
  return out.toLowerCase().replace(/\s+/gu, '')
}

/** Drops organ suffixes, repeatedly (大同镇党委政府 → 大同镇); 城关街道办 → 城关街道. Never leaves an empty name. */
export function stripOrganSuffixes(name: string): string {
  let s = name
  for (let changed = true; changed;) {
    changed = false
    for (const suffix of ORGAN_SUFFIXES) {
      if (s.endsWith(suffix) && s.length > suffix.length) {
        s = s.slice(0, -suffix.length)
        changed = true
      }
    }
  }
  return s.endsWith('街道办') ? s.slice(0, -1) : s
}

/** Drops the kind word: 城关街道 → 城关, 大同镇 → 大同, 云岭乡 → 云岭; '' when nothing is left. */
export function stripKind(name: string): string {
  for (const kind of KIND_WORDS) {
    if (name.endsWith(kind)) return name.slice(0, -kind.length)
  }
  return name
}

/**
 * The core of a township name, without a leading county/city/province prefix, organ suffixes and the
 * kind word: 'XX省示例县大同镇人民政府' → '大同', '城关街道' → '城关', ' 青石 ' → '青石'.
 * A prefix is cut only where at least two characters of core remain, so 新市镇 stays 新市 and
 * 示例县新区街道 becomes 新区. Without the township list this is a heuristic; the matcher tries the list first.
 */
export function coreName(name: string): string {
  const base = stripOrganSuffixes(foldName(name))
  for (let i = base.length - 2; i >= 1; i--) {
    if (!PREFIX_ENDS.has(base[i] ?? '')) continue
    const core = stripKind(base.slice(i + 1))
    if (core.length >= 2) return core
  }
  return stripKind(base) || base
}
