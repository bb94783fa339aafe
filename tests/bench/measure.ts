// Timing helpers for the benchmarks: warm-up, then the median of several runs.
import { performance } from 'node:perf_hooks'

export interface TimingOptions {
  /** Runs thrown away first, so the JIT has compiled the hot paths. */
  warmup: number
  /** Timed runs; the median is reported. */
  runs: number
}

/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] as number : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** Milliseconds one call of fn takes, and what it returned. */
export function timeOnce<T>(fn: () => T): { ms: number, result: T } {
  const start = performance.now()
  const result = fn()
  return { ms: performance.now() - start, result }
}

/**
 * Medians of a baseline and of our code timed in turns (baseline, ours, baseline, …) after the
 * warm-ups: a machine that slows down or speeds up during the runs moves both alike, so their ratio
 * holds where two blocks of runs one after the other would not.
 */
export function timeAlternating(baseline: () => unknown, ours: () => unknown, { warmup, runs }: TimingOptions): { baselineMs: number, ms: number, ratios: number[] } {
  for (let i = 0; i < warmup; i++) { baseline(); ours() }
  const a: number[] = []
  const b: number[] = []
  for (let i = 0; i < runs; i++) {
    a.push(timeOnce(baseline).ms)
    b.push(timeOnce(ours).ms)
  }
  // Each turn's ours ÷ baseline, for the spread of the ratio.
  return { baselineMs: median(a), ms: median(b), ratios: b.map((ms, i) => ms / (a[i] as number)) }
}
