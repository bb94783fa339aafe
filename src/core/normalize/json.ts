// JSON submissions: an array of wide records, { "submissions": [...] }, or one submission object.
import type { Message } from '../messages/render'
import { cappedIssues } from '../limits'
import { clip, issue, townshipNameProblem, parseYear, readCell, SubmissionBuilder, type NormalizeContext, type Normalized } from './common'
import { isTownshipHeader, isYearHeader } from '../parse/csv'
import { matchHeader, normalizeKey } from '../registry'
import type { Issue } from '../types'

const META_KEYS = new Set(['values', 'approx', 'notes', 'note', 'source', 'code', 'derived', 'notapplicable', '备注'].map(normalizeKey))

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

/** What a JSON value is, in words: 数组, 文本, 数字 … */
function kindOf(v: unknown): Message {
  const kind = Array.isArray(v) ? 'array' : v === null ? 'null' : ['string', 'number', 'boolean'].includes(typeof v) ? typeof v : 'other'
  return { code: `json-kind.${kind}` }
}

/** A JSON value as text for a message (an object whose toString is not a function must not throw). */
function textOf(v: unknown): string {
  if (typeof v === 'string') return v
  try {
    return JSON.stringify(v) ?? ''
  } catch {
    return ''
  }
}

/** The records of a parsed JSON document, or an issue saying why it holds none. */
export function jsonRecords(doc: unknown, file: string): { records: unknown[] } | { issue: Issue } {
  if (Array.isArray(doc)) return { records: doc }
  if (isRecord(doc) && Object.hasOwn(doc, 'submissions')) {
    if (Array.isArray(doc.submissions)) return { records: doc.submissions }
    return { issue: issue({ file }, null, 'submissions', 'error', 'bad-json-shape', { code: 'submissions-not-array' }) }
  }
  if (isRecord(doc)) return { records: [doc] }
  return { issue: issue({ file }, null, null, 'error', 'bad-json-shape', { code: 'bad-json-shape' }) }
}

/**
 * Normalizes JSON records; `row` is the 1-based record number. Keys are matched like CSV
 * headers (id, Chinese label, alias, unit in brackets). Values may be numbers, null or the
 * text forms of CSV cells ("5000余", "1.2万元").
 */
export function normalizeJson(records: readonly unknown[], ctx: NormalizeContext): Normalized {
  const out: Normalized = { submissions: [], issues: cappedIssues(), rows: records.length, accepted: 0, rejected: 0, unknownColumns: [] }
  const unknown = new Map<string, (string | null)[]>()
  const seen = new Map<string, number>()
  records.forEach((rec, i) => {
    const row = i + 1
    const reject = (column: string | null, code: string, message: Message) => {
      out.issues.push(issue(ctx, row, column, 'error', code, message)); out.rejected++
    }
    if (!isRecord(rec)) { reject(null, 'bad-record', { code: 'bad-record', params: { row } }); return }
    if (Object.hasOwn(rec, 'values') && !isRecord(rec.values)) {
      reject('values', 'invalid-type', { code: 'invalid-values', params: { row, kind: kindOf(rec.values) } })
      return
    }
    const entries = Object.entries(rec)
    const tEntry = entries.find(([k]) => isTownshipHeader(k))
    const yEntry = entries.find(([k]) => isYearHeader(k))
    const name = typeof tEntry?.[1] === 'string' ? tEntry[1].trim() : ''
    if (name === '') { reject(tEntry?.[0] ?? 'township', 'missing-township', { code: 'missing-township-record' }); return }
    const nameProblem = townshipNameProblem(name)
    if (nameProblem) { reject(tEntry?.[0] ?? 'township', 'bad-township', nameProblem); return }
    const year = yEntry === undefined ? (ctx.fallbackYear ?? null) : parseYear(yEntry[1])
    if (year === null) { reject(yEntry?.[0] ?? 'year', 'bad-year', { code: 'bad-year-record', params: { raw: clip(textOf(yEntry?.[1] ?? '')) } }); return }
    const resolved = ctx.resolveTownship(name)
    const key = `${resolved.name}\u0000${year}`
    const first = seen.get(key)
    if (first !== undefined) { reject(tEntry?.[0] ?? 'township', 'duplicate-row', { code: 'duplicate-record', params: { township: resolved.name, year: String(year), first } }); return }
    seen.set(key, row)
    if (resolved.warning) out.issues.push(issue(ctx, row, tEntry?.[0] ?? null, 'warning', 'unknown-township', resolved.warning, { township: resolved.name, year }))
    const source = { file: ctx.file, row }
    const builder = new SubmissionBuilder(resolved.name, resolved.code, year, source)
    const values = isRecord(rec.values) ? Object.entries(rec.values) : []
    const flat = entries.filter(([k]) => k !== tEntry?.[0] && k !== yEntry?.[0] && !META_KEYS.has(normalizeKey(k)))
    const approxIds = new Set(Array.isArray(rec.approx) ? rec.approx.filter((a): a is string => typeof a === 'string') : [])
    for (const [k, v] of [...flat, ...values]) {
      const m = matchHeader(ctx.registry, k)
      if (m === null) {
        if (!unknown.has(k)) {
          out.issues.push(issue(ctx, row, k, 'warning', 'unknown-column', { code: 'unknown-field', params: { header: clip(k) } }, { township: resolved.name, year }))
          unknown.set(k, [])
        }
        unknown.get(k)!.push(v === null || v === undefined ? null : clip(typeof v === 'string' ? v : JSON.stringify(v), 200))
        continue
      }
      if ('unitError' in m) { out.issues.push(issue(ctx, row, k, 'error', 'unknown-unit', m.unitError, { indicator: m.indicator.id, township: resolved.name, year })); continue }
      const outcome = readCell(v, m.indicator, m.factor)
      if ('error' in outcome) {
        const raw = typeof v === 'string' ? v : JSON.stringify(v) ?? ''
        out.issues.push(issue(ctx, row, k, 'error', 'not-a-number', { code: 'not-a-number', params: { raw: clip(raw), reason: outcome.error } },
          { indicator: m.indicator.id, township: resolved.name, year, raw: clip(raw, 200) }))
        builder.set(m.indicator.id, { value: null, approx: false, notApplicable: false }, source)
      } else {
        builder.set(m.indicator.id, { ...outcome, approx: outcome.approx || approxIds.has(m.indicator.id) }, source)
      }
    }
    const sub = builder.build()
    const notes = rec.notes ?? rec.note
    if (typeof notes === 'string' && notes.trim() !== '') sub.notes = clip(notes.trim(), 2000)
    out.submissions.push(sub)
    out.accepted++
  })
  out.unknownColumns = [...unknown].map(([header, values]) => ({ header, values }))
  return out
}
