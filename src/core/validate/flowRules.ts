// Rules between related counts: parts and wholes (V05), case flows of reconsideration (V06, V07)
// and litigation (V08), penalty amount per case (V13). Any approximate value involved skips the
// check: `approx` does not tell a lower bound (余, 多) from an estimate (约, 近), see DOMAIN V15.

import type { Severity } from '../types'
import type { MessageParam } from '../messages/render'
import { APPROX, exactAt, finiteAt, type Column } from '../columns'
import type { Rule, RuleColumns, RuleContext } from './context'

/** part ≤ whole pairs (V05). Petitions only warn: cases carried over can push concluded above new. */
const PART_WHOLE: readonly { part: string, whole: string, severity: Severity }[] = [
  { part: 'enforcement_certified', whole: 'enforcement_staff', severity: 'error' },
  { part: 'normative_docs_reviewed', whole: 'normative_docs', severity: 'error' },
  { part: 'normative_docs_filed', whole: 'normative_docs', severity: 'error' },
  { part: 'major_decisions_reviewed', whole: 'major_decisions', severity: 'error' },
  { part: 'disputes_resolved', whole: 'disputes_mediated', severity: 'error' },
  { part: 'case_files_passed', whole: 'case_files_reviewed', severity: 'error' },
  { part: 'head_appearances', whole: 'litigation_hearings', severity: 'error' },
  { part: 'petitions_concluded', whole: 'petitions', severity: 'warning' },
]

/** A caseload: new cases, carried in from last year, concluded, still pending. */
interface Flow {
  received: string
  carriedIn: string
  concluded: string
  pending: string
}

const RECONSIDERATION: Flow = {
  received: 'reconsideration_received',
  carriedIn: 'reconsideration_carried_in',
  concluded: 'reconsideration_concluded',
  pending: 'reconsideration_pending',
}

const LITIGATION: Flow = {
  received: 'litigation_cases',
  carriedIn: 'litigation_carried_in',
  concluded: 'litigation_concluded',
  pending: 'litigation_pending',
}

const RECONSIDERATION_OUTCOMES = ['reconsideration_upheld', 'reconsideration_rejected', 'reconsideration_corrected',
  'reconsideration_settled', 'reconsideration_terminated']
const LITIGATION_OUTCOMES = ['litigation_won', 'litigation_lost', 'litigation_withdrawn']

/** Above this average penalty per case (元) a 万元 figure was probably entered as 元 (V13). */
const MAX_PENALTY_PER_CASE = 1_000_000
/** Below this average penalty per case (元) a 元 figure was probably entered as 万元 (V13). */
const MIN_PENALTY_PER_CASE = 1

/**
 * The caseload of a flow: received + carried_in, with carried_in missing counted as 0.
 * Null when received is missing or any value involved is approximate. `text()` says how it was
 * added up, for a message (built only when one is reported).
 */
function intake(ctx: RuleContext, flow: Flow): { total: number, text: () => MessageParam, carriedInReported: boolean } | null {
  const received = ctx.exact(flow.received)
  if (received === null || ctx.isApprox(flow.carriedIn)) return null
  const carriedIn = ctx.value(flow.carriedIn)
  const text = () => {
    const carried = carriedIn === null ? { code: 'carried-blank', params: { indicator: { indicator: flow.carriedIn } } } : ctx.term(flow.carriedIn)
    return { code: 'intake', params: { received: ctx.term(flow.received), carried } }
  }
  return { total: received + (carriedIn ?? 0), text, carriedInReported: carriedIn !== null }
}

/** concluded ≤ intake (error); pending = intake − concluded (error, or warning when carried_in is missing). */
function checkFlow(ctx: RuleContext, flow: Flow): void {
  const total = intake(ctx, flow)
  const concluded = ctx.exact(flow.concluded)
  if (total === null || concluded === null) return
  if (concluded > total.total) {
    ctx.report(flow.concluded, 'error', 'inconsistent',
      { code: 'exceeds-total', params: { part: ctx.term(flow.concluded), total: total.text(), sum: total.total } })
    return
  }
  const pending = ctx.exact(flow.pending)
  const expected = total.total - concluded
  if (pending === null || pending === expected) return
  ctx.report(flow.pending, total.carriedInReported ? 'error' : 'warning', 'inconsistent',
    { code: 'pending-mismatch', params: { pending: ctx.term(flow.pending), total: total.text(), concluded: ctx.term(flow.concluded), expected } })
}

/**
 * Outcomes ≤ concluded (error). Runs when at least one outcome is present; missing outcomes count
 * as 0. With `warnBelow`, a sum below concluded warns that other outcomes were not itemised.
 */
function checkOutcomes(ctx: RuleContext, outcomes: readonly string[], concludedId: string, warnBelow: boolean): void {
  const concluded = ctx.exact(concludedId)
  const present = outcomes.filter(id => ctx.value(id) !== null)
  if (concluded === null || present.length === 0 || present.some(ctx.isApprox)) return
  const sum = present.reduce((acc, id) => acc + (ctx.value(id) ?? 0), 0)
  const terms: MessageParam = { join: present.map(ctx.term), with: ' + ' }
  const outcomesText: MessageParam = present.length > 1 ? { code: 'outcome-sum', params: { terms, sum } } : terms
  if (sum > concluded) {
    ctx.report(concludedId, 'error', 'inconsistent', { code: 'outcomes-exceed', params: { outcomes: outcomesText, concluded: ctx.term(concludedId) } })
  } else if (warnBelow && sum < concluded) {
    ctx.report(concludedId, 'warning', 'incomplete-breakdown', { code: 'incomplete-breakdown', params: { outcomes: outcomesText, concluded: ctx.term(concludedId) } })
  }
}

/** A flow's columns. */
interface FlowColumns { received: Column, carriedIn: Column, concluded: Column, pending: Column }

function flowColumns(cols: RuleColumns, flow: Flow): FlowColumns {
  const c = cols.columns.column
  return { received: c(flow.received), carriedIn: c(flow.carriedIn), concluded: c(flow.concluded), pending: c(flow.pending) }
}

/** intake's total over columns, or null where intake gives null. */
function intakeAt(flow: FlowColumns, r: number): number | null {
  const received = exactAt(flow.received, r)
  if (received === null || (flow.carriedIn.flags[r] as number) & APPROX) return null
  return received + (finiteAt(flow.carriedIn, r) ?? 0)
}

/** Would checkFlow report on row r? */
function flowFires(flow: FlowColumns, r: number): boolean {
  const total = intakeAt(flow, r)
  const concluded = exactAt(flow.concluded, r)
  if (total === null || concluded === null) return false
  if (concluded > total) return true
  const pending = exactAt(flow.pending, r)
  return pending !== null && pending !== total - concluded
}

/** Would checkOutcomes report on row r? */
function outcomesFire(outcomes: readonly Column[], concludedCol: Column, warnBelow: boolean, r: number): boolean {
  const concluded = exactAt(concludedCol, r)
  if (concluded === null) return false
  let sum = 0
  let present = 0
  for (const c of outcomes) {
    const v = finiteAt(c, r)
    if (v === null) continue
    if ((c.flags[r] as number) & APPROX) return false
    sum += v
    present++
  }
  return present > 0 && (sum > concluded || (warnBelow && sum < concluded))
}

export const flowRules: readonly Rule[] = [
  {
    id: 'V05',
    summary: 'a part does not exceed its whole (certified ≤ staff, reviewed ≤ documents, …)',
    check(ctx) {
      for (const { part, whole, severity } of PART_WHOLE) {
        const p = ctx.exact(part)
        const w = ctx.exact(whole)
        if (p !== null && w !== null && p > w) {
          ctx.report(part, severity, 'part-exceeds-whole', { code: 'part-exceeds-whole', params: { part: ctx.term(part), whole: ctx.term(whole) } })
        }
      }
    },
    screen(cols, out) {
      for (const { part, whole } of PART_WHOLE) {
        const p = cols.columns.column(part)
        const w = cols.columns.column(whole)
        for (let r = 0; r < cols.rows; r++) {
          const pv = exactAt(p, r)
          const wv = pv === null ? null : exactAt(w, r)
          if (pv !== null && wv !== null && pv > wv) out[r] = 1
        }
      }
    },
  },
  {
    id: 'V06',
    summary: 'reconsideration: concluded ≤ received + carried in; pending = received + carried in − concluded',
    check: ctx => checkFlow(ctx, RECONSIDERATION),
    screen(cols, out) {
      const flow = flowColumns(cols, RECONSIDERATION)
      for (let r = 0; r < cols.rows; r++) if (flowFires(flow, r)) out[r] = 1
    },
  },
  {
    id: 'V07',
    summary: 'reconsideration outcomes add up to at most the concluded cases; less warns',
    check: ctx => checkOutcomes(ctx, RECONSIDERATION_OUTCOMES, RECONSIDERATION.concluded, true),
    screen(cols, out) {
      const outcomes = RECONSIDERATION_OUTCOMES.map(cols.columns.column)
      const concluded = cols.columns.column(RECONSIDERATION.concluded)
      for (let r = 0; r < cols.rows; r++) if (outcomesFire(outcomes, concluded, true, r)) out[r] = 1
    },
  },
  {
    id: 'V08',
    summary: 'litigation: flow as V06; won + lost + withdrawn ≤ concluded; hearings ≤ cases + carried in (warning)',
    check(ctx) {
      checkFlow(ctx, LITIGATION)
      checkOutcomes(ctx, LITIGATION_OUTCOMES, LITIGATION.concluded, false)
      const total = intake(ctx, LITIGATION)
      const hearings = ctx.exact('litigation_hearings')
      if (total !== null && hearings !== null && hearings > total.total) {
        ctx.report('litigation_hearings', 'warning', 'inconsistent',
          { code: 'exceeds-total', params: { part: ctx.term('litigation_hearings'), total: total.text(), sum: total.total } })
      }
    },
    screen(cols, out) {
      const flow = flowColumns(cols, LITIGATION)
      const outcomes = LITIGATION_OUTCOMES.map(cols.columns.column)
      const hearingsCol = cols.columns.column('litigation_hearings')
      for (let r = 0; r < cols.rows; r++) {
        if (flowFires(flow, r) || outcomesFire(outcomes, flow.concluded, false, r)) { out[r] = 1; continue }
        const total = intakeAt(flow, r)
        const hearings = exactAt(hearingsCol, r)
        if (total !== null && hearings !== null && hearings > total) out[r] = 1
      }
    },
  },
  {
    id: 'V13',
    summary: 'a penalty amount needs penalty cases; an average per case outside 1–1,000,000 元 suggests 万元/元 mixed up',
    check(ctx) {
      const amount = ctx.exact('penalty_amount')
      const cases = ctx.exact('penalty_cases')
      if (amount === null || cases === null || amount <= 0) return
      if (cases === 0) {
        ctx.report('penalty_amount', 'error', 'inconsistent', { code: 'penalty-without-cases', params: { amount: ctx.term('penalty_amount'), cases: ctx.term('penalty_cases') } })
        return
      }
      const average = amount / cases
      if (average > MAX_PENALTY_PER_CASE || average < MIN_PENALTY_PER_CASE) {
        const unit = ctx.registry.byId.get('penalty_amount')?.unit ?? ''
        ctx.report('penalty_amount', 'warning', 'unit-suspect',
          { code: 'unit-suspect', params: { amount: ctx.term('penalty_amount'), cases: ctx.term('penalty_cases'), average: Math.round(average * 100) / 100, unit } })
      }
    },
    screen(cols, out) {
      const amountCol = cols.columns.column('penalty_amount')
      const casesCol = cols.columns.column('penalty_cases')
      for (let r = 0; r < cols.rows; r++) {
        const amount = exactAt(amountCol, r)
        const cases = exactAt(casesCol, r)
        if (amount === null || cases === null || amount <= 0) continue
        const average = amount / cases
        if (cases === 0 || average > MAX_PENALTY_PER_CASE || average < MIN_PENALTY_PER_CASE) out[r] = 1
      }
    },
  },
]
