// Rate formulas of the registry: parsing and evaluation.
// A formula has the shape `num / den [* scale]`, where num and den are an indicator id or a
// parenthesised sum of ids: "a / b * 100", "a / (b + c) * 100", "(a + b) / c".

import type { Indicator, Registry } from './types'

/** A parsed rate formula: sum(numerator) / sum(denominator) * scale. */
export interface ParsedFormula {
  numerator: string[]
  denominator: string[]
  scale: number
}

export type RateResult =
  | { value: number, reason?: undefined }
  | { value: null, reason: 'missing' | 'zero-denominator' }

/** Values as a submission holds them; absent ids count as missing. */
export type ValueLookup = Readonly<Record<string, number | null | undefined>>

type Token = { kind: 'id', text: string } | { kind: 'number', value: number } | { kind: 'op', text: string }

const TOKEN = /\s*(?:([A-Za-z_][A-Za-z0-9_]*)|(\d+(?:\.\d+)?)|([()+*/]))/y

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const source = text.trimEnd()
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex
    const match = TOKEN.exec(source)
    if (!match) throw new Error(`Unsupported formula "${text}": unexpected character at ${at}`)
    const [, id, number, op] = match
    if (id !== undefined) tokens.push({ kind: 'id', text: id })
    else if (number !== undefined) tokens.push({ kind: 'number', value: Number(number) })
    else if (op !== undefined) tokens.push({ kind: 'op', text: op })
  }
  return tokens
}

/**
 * Parses a registry formula into numerator ids, denominator ids and scale (1 when no `* n`).
 * Throws an Error for any other shape (a registry error, not bad data): products of ids,
 * subtraction, constants in a sum, a missing denominator.
 */
export function parseFormula(text: string): ParsedFormula {
  const tokens = tokenize(text)
  let pos = 0
  const fail = (what: string): never => {
    throw new Error(`Unsupported formula "${text}": ${what} (token ${pos + 1})`)
  }
  const isOp = (op: string): boolean => {
    const token = tokens[pos]
    return token !== undefined && token.kind === 'op' && token.text === op
  }
  const readId = (): string => {
    const token = tokens[pos]
    if (token?.kind !== 'id') return fail('expected an indicator id')
    pos++
    return token.text
  }
  const readSum = (): string[] => {
    if (!isOp('(')) return [readId()]
    pos++
    const ids = [readId()]
    while (isOp('+')) {
      pos++
      ids.push(readId())
    }
    if (!isOp(')')) fail('expected ")"')
    pos++
    return ids
  }

  const numerator = readSum()
  if (!isOp('/')) fail('expected "/"')
  pos++
  const denominator = readSum()
  let scale = 1
  if (isOp('*')) {
    pos++
    const token = tokens[pos]
    if (token?.kind !== 'number' || token.value <= 0) fail('expected a positive scale')
    else scale = token.value
    pos++
  }
  if (pos < tokens.length) fail('unexpected trailing input')
  return { numerator, denominator, scale }
}

/** The distinct ids a formula reads, numerator first. Throws like parseFormula. */
export function formulaIds(text: string): string[] {
  const { numerator, denominator } = parseFormula(text)
  return [...new Set([...numerator, ...denominator])]
}

function sumOf(ids: readonly string[], values: ValueLookup): number | null {
  let sum = 0
  for (const id of ids) {
    const v = values[id]
    if (v === null || v === undefined || !Number.isFinite(v)) return null
    sum += v
  }
  return sum
}

/**
 * Evaluates a parsed formula over values (unrounded). A denominator that is present and 0 gives
 * 'zero-denominator' even when the numerator is missing (the rate is 不适用 either way); any other
 * absent, null or non-finite input gives 'missing'.
 */
export function evaluateRate(f: ParsedFormula, values: ValueLookup): RateResult {
  const den = sumOf(f.denominator, values)
  if (den === null) return { value: null, reason: 'missing' }
  if (den === 0) return { value: null, reason: 'zero-denominator' }
  const num = sumOf(f.numerator, values)
  if (num === null) return { value: null, reason: 'missing' }
  return { value: num / den * f.scale }
}

/** Rounds a computed rate to 2 decimals (97.0588… → 97.06), half away from zero. */
export function roundRate(value: number): number {
  return Math.sign(value) * Math.round((Math.abs(value) + Number.EPSILON) * 100) / 100
}

/** A rate indicator of the registry together with its parsed formula and input ids. */
export interface RateFormula {
  indicator: Indicator
  formula: ParsedFormula
  inputs: string[]
}

const rateFormulaCache = new WeakMap<Registry, readonly RateFormula[]>()

/**
 * The registry's rate indicators that have a formula, parsed once per registry object (cached).
 * Throws if a formula cannot be parsed.
 */
export function rateFormulas(registry: Registry): readonly RateFormula[] {
  const cached = rateFormulaCache.get(registry)
  if (cached) return cached
  const list: RateFormula[] = []
  for (const indicator of registry.indicators) {
    if (indicator.kind !== 'rate' || !indicator.formula) continue
    const formula = parseFormula(indicator.formula)
    list.push({ indicator, formula, inputs: [...new Set([...formula.numerator, ...formula.denominator])] })
  }
  rateFormulaCache.set(registry, list)
  return list
}
