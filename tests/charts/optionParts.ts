// Reads parts of a built EChartsOption in tests (the option type is a wide union).

import type { EChartsOption } from 'echarts'

export const HOSTILE = '<img src=x onerror=alert(1)>'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any

export function seriesOf(option: EChartsOption): Loose[] {
  const s = option.series
  return Array.isArray(s) ? s : s ? [s] : []
}

/** The tooltip formatter function the builder set. */
export function tooltipFormatter(option: EChartsOption): (params: unknown) => string {
  const tooltip = option.tooltip as Loose
  const formatter = Array.isArray(tooltip) ? tooltip[0]?.formatter : tooltip?.formatter
  if (typeof formatter !== 'function') throw new Error('no tooltip formatter')
  return formatter
}

export function part(option: EChartsOption, key: keyof EChartsOption): Loose {
  const value = option[key] as Loose
  return Array.isArray(value) ? value[0] : value
}
