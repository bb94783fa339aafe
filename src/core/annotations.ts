// Notes a clerk pins to a township, a year or a township in a year (收回执法事项 2025, 数据口径变化
// 2024), optionally to one indicator: the type, its checks, the list operations and the choice of
// notes a chart shows. Pure: the dataset store keeps the list and saves it with the data.
import { MAX_YEAR, MIN_YEAR } from './yearRange'
import type { Registry } from './types'

/** Characters a note may have (a note is a label on a chart, not a paragraph). */
export const NOTE_MAX_LENGTH = 60
/** Notes kept at most (a list read back from storage is cut there). */
export const NOTES_MAX = 500

export interface Annotation {
  id: string
  /** Plain text, one line, at most NOTE_MAX_LENGTH characters. */
  text: string
  /** On the township list; null: the note concerns every township (a year's note). */
  township: string | null
  /** null: every year (a township's note). */
  year: number | null
  /** Registry id; null: every indicator. */
  indicator: string | null
  /** When it was written or last edited (ms). */
  editedAt: number
}

/** What the clerk enters; validateAnnotation makes a note of it. */
export type AnnotationDraft = Pick<Annotation, 'text' | 'township' | 'year' | 'indicator'>

/** Why a draft is refused (the page words each one: annotations.problem.<code>). */
export type AnnotationProblem = 'empty' | 'too-long' | 'no-subject' | 'unknown-township' | 'implausible-year' | 'unknown-indicator'

export interface AnnotationContext {
  /** Names on the county's township list. */
  townships: readonly string[]
  registry: Pick<Registry, 'byId'>
}

/** Line breaks and tabs become spaces, other control and format characters go, runs of blanks become one. */
export function cleanNoteText(raw: string): string {
  return raw.normalize('NFC')
    .replace(/[\t\n\v\f\r\u2028\u2029]/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[ \u00a0\u3000]+/gu, ' ')
    .trim()
}

/** Length as a reader counts it: characters, not UTF-16 units (𠀀 is one). */
export const noteLength = (text: string): number => [...text].length

/** The draft's problems, none when it can be saved. The text is checked after cleanNoteText. */
export function annotationProblems(draft: AnnotationDraft, ctx: AnnotationContext): AnnotationProblem[] {
  const problems: AnnotationProblem[] = []
  const text = cleanNoteText(draft.text)
  if (text === '') problems.push('empty')
  else if (noteLength(text) > NOTE_MAX_LENGTH) problems.push('too-long')
  if (draft.township === null && draft.year === null) problems.push('no-subject')
  if (draft.township !== null && !ctx.townships.includes(draft.township)) problems.push('unknown-township')
  if (draft.year !== null && !(Number.isInteger(draft.year) && draft.year >= MIN_YEAR && draft.year <= MAX_YEAR)) problems.push('implausible-year')
  if (draft.indicator !== null && !ctx.registry.byId.has(draft.indicator)) problems.push('unknown-indicator')
  return problems
}

export type AnnotationResult = { accepted: Annotation, problems: [] } | { accepted: null, problems: AnnotationProblem[] }

/** A note of the draft (text cleaned) with `id`, or its problems. */
export function validateAnnotation(draft: AnnotationDraft, ctx: AnnotationContext, id: string, editedAt: number): AnnotationResult {
  const problems = annotationProblems(draft, ctx)
  if (problems.length > 0) return { accepted: null, problems }
  return { accepted: { id, text: cleanNoteText(draft.text), township: draft.township, year: draft.year, indicator: draft.indicator, editedAt }, problems: [] }
}

/** The list with `note` in place of the one of its id, or added at the end. */
export function putAnnotation(list: readonly Annotation[], note: Annotation): Annotation[] {
  return list.some(a => a.id === note.id) ? list.map(a => (a.id === note.id ? note : a)) : [...list, note]
}

export function removeAnnotation(list: readonly Annotation[], id: string): Annotation[] {
  return list.filter(a => a.id !== id)
}

const isNullable = <T>(v: unknown, check: (x: unknown) => x is T): v is T | null => v === null || check(v)
const isString = (x: unknown): x is string => typeof x === 'string'
const isNumber = (x: unknown): x is number => typeof x === 'number'

/**
 * Notes as read back from storage: anything that is not a note (wrong shape, refused by the checks
 * the list has today, a repeated id) is left out, and at most NOTES_MAX are kept.
 */
export function readAnnotations(raw: unknown, ctx: AnnotationContext): Annotation[] {
  if (!Array.isArray(raw)) return []
  const out: Annotation[] = []
  const ids = new Set<string>()
  for (const item of raw as unknown[]) {
    if (out.length >= NOTES_MAX) break
    if (typeof item !== 'object' || item === null) continue
    const a = item as Record<string, unknown>
    if (!isString(a.id) || ids.has(a.id) || !isString(a.text) || !isNullable(a.township, isString) || !isNullable(a.year, isNumber) || !isNullable(a.indicator, isString)) continue
    const result = validateAnnotation({ text: a.text, township: a.township, year: a.year, indicator: a.indicator }, ctx, a.id, isNumber(a.editedAt) ? a.editedAt : 0)
    if (!result.accepted) continue
    ids.add(a.id)
    out.push(result.accepted)
  }
  return out
}

/** What a chart shows: its years (one or several), indicators and townships (empty: all). */
export interface NoteScope {
  years: readonly number[]
  /** The chart's indicators; a note of another indicator is not shown. Empty: notes of any indicator. */
  indicators: readonly string[]
  /** Townships the chart draws; empty: any township. */
  townships?: readonly string[]
}

/** True when the chart of `scope` concerns the note. */
export function concerns(note: Annotation, scope: NoteScope): boolean {
  if (note.year !== null && !scope.years.includes(note.year)) return false
  if (note.indicator !== null && scope.indicators.length > 0 && !scope.indicators.includes(note.indicator)) return false
  if (note.township !== null && scope.townships && scope.townships.length > 0 && !scope.townships.includes(note.township)) return false
  return true
}

/** Order of notes on a chart: year notes first, then by township (list order), year and text. */
function noteOrder(townships: readonly string[]) {
  const place = (a: Annotation) => (a.township === null ? -1 : townships.indexOf(a.township))
  return (a: Annotation, b: Annotation) => place(a) - place(b) || (a.year ?? 0) - (b.year ?? 0) || (a.indicator ?? '').localeCompare(b.indicator ?? '') || a.text.localeCompare(b.text, 'zh-CN') || a.id.localeCompare(b.id)
}

/** A note as a chart shows it: with its marker (①, ②, … in order). */
export interface MarkedNote extends Annotation {
  mark: string
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

/** ① … ⑳, then [21], [22] … */
export function noteMark(n: number): string {
  return [...CIRCLED][n - 1] ?? `[${n}]`
}

/**
 * The notes a chart of `scope` shows, in a stable order, each with its marker. `townships` orders
 * them (the list's order; a township not on it sorts first).
 */
export function notesFor(list: readonly Annotation[], scope: NoteScope, townships: readonly string[] = []): MarkedNote[] {
  return list.filter(a => concerns(a, scope)).sort(noteOrder(townships)).map((a, i) => ({ ...a, mark: noteMark(i + 1) }))
}

/** The notes pinned to one township (every year), newest year first; a note without a year last. */
export function townshipNotes(list: readonly Annotation[], township: string): Annotation[] {
  return list.filter(a => a.township === township).sort((a, b) => (b.year ?? -1) - (a.year ?? -1) || a.text.localeCompare(b.text, 'zh-CN'))
}

/** What the note is pinned to, as words: `大同镇 · 2025`, `2024`, `大同镇`. `indicatorLabel` names the indicator when it has one. */
export function noteSubject(note: Pick<Annotation, 'township' | 'year' | 'indicator'>, indicatorLabel: (id: string) => string, separator = ' · '): string {
  return [note.township ?? '', note.year === null ? '' : String(note.year), note.indicator === null ? '' : indicatorLabel(note.indicator)].filter(p => p !== '').join(separator)
}
