// The columns of a long table's header (乡镇, 年度, 指标名称, 数值[, 计量单位][, 备注]), found by name.
import { normalizeKey } from '../registry'
import { isTownshipHeader, isYearHeader } from './csv'

const INDICATOR_HEADERS = new Set(['indicator', '指标', '指标名称', '指标项', '项目'].map(normalizeKey))
const VALUE_HEADERS = new Set(['value', '数值', '值', '本期实际', '本年实际', '本年累计', '数量', '本期数'].map(normalizeKey))
const UNIT_HEADERS = new Set(['unit', '单位', '计量单位'].map(normalizeKey))
const NOTE_HEADERS = new Set(['note', '备注', '说明'].map(normalizeKey))

export interface LongColumns { township: number, year: number, indicator: number, value: number, unit: number, note: number }

/** The long-format columns of a header, or null when the header is not long-format. */
export function longColumns(headers: readonly string[]): LongColumns | null {
  const find = (pred: (h: string) => boolean) => headers.findIndex(pred)
  const cols = {
    township: find(isTownshipHeader),
    year: find(isYearHeader),
    indicator: find(h => INDICATOR_HEADERS.has(normalizeKey(h))),
    value: find(h => VALUE_HEADERS.has(normalizeKey(h))),
    unit: find(h => UNIT_HEADERS.has(normalizeKey(h))),
    note: find(h => NOTE_HEADERS.has(normalizeKey(h))),
  }
  return cols.indicator !== -1 && cols.value !== -1 ? cols : null
}
