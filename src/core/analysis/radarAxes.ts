// The radar of the township page: which indicators are its axes, the township's percentile on each, axis names that fit.
import type { Indicator, Registry } from '../types'
import type { TownshipProfile } from './townshipProfile'

/** Radar axes: the core rates with a direction (better is higher or lower), in registry order, at most `max`. */
export function radarIndicators(registry: Registry, max = 10): Indicator[] {
  return registry.indicators.filter(i => i.core === true && i.kind === 'rate' && i.direction !== 'neutral').slice(0, max)
}

/** Radar axes and the township's percentile on each (null where it has none). */
export function radarPercentiles(profile: TownshipProfile, axes: readonly Indicator[]): { indicator: Indicator, percentile: number | null }[] {
  const rows = new Map(profile.groups.flatMap(g => g.rows).map(r => [r.indicator.id, r]))
  return axes.map(indicator => ({ indicator, percentile: rows.get(indicator.id)?.percentile ?? null }))
}

/**
 * Breaks a radar axis name so that it does not run off the chart: words of a spaced (English)
 * label wrap at `maxLatin` characters a line; an unspaced (Chinese) label longer than `maxCjk`
 * splits into two halves. Short labels come back unchanged.
 */
export function wrapAxisLabel(label: string, maxLatin = 18, maxCjk = 12): string {
  if (!/\s/.test(label)) {
    if (label.length <= maxCjk) return label
    const half = Math.ceil(label.length / 2)
    return `${label.slice(0, half)}\n${label.slice(half)}`
  }
  const lines: string[] = []
  let line = ''
  for (const word of label.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > maxLatin) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  if (line !== '') lines.push(line)
  return lines.join('\n')
}
