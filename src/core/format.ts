// Figures as people read them: grouped digits, one precision per unit (decimalsFor), amounts in 元 everywhere.

const formats = new Map<string, Intl.NumberFormat>()

function numberFormat(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`
  let f = formats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals })
    formats.set(key, f)
  }
  return f
}

/** A number as text (7,610; 95.24); '' for null. */
export function formatNumber(value: number | null | undefined, locale = 'zh-CN', decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return ''
  return numberFormat(locale, decimals).format(value)
}

/** Units of percentages and their differences: shown with one decimal. */
const PERCENT_UNITS = new Set(['%', '个百分点', 'pp', 'percentage points'])

/**
 * The one precision of a unit, on every page, chart, export and sentence: rates (%) and percentage
 * points 1 decimal; every other unit (件, 元, 件/万人 …) at most 2 — whole counts show no decimals,
 * amounts keep 角分. Amounts stay in 元 (the registry's unit) everywhere, never 万元 on one page and 元 on another.
 */
export function decimalsFor(unit: string): number {
  return PERCENT_UNITS.has(unit) ? 1 : 2
}

/** A figure with its unit in the locale's words, at the unit's precision (decimalsFor); % without a space. Returns value text and unit separately. */
export function formatFigure(value: number | null, unit: { unit: string, unit_en?: string }, locale = 'zh-CN'): { text: string, unit: string } {
  if (value === null || !Number.isFinite(value)) return { text: '—', unit: '' }
  const zh = locale.startsWith('zh')
  return { text: formatNumber(value, locale, decimalsFor(unit.unit)), unit: zh ? unit.unit : (unit.unit_en ?? unit.unit) }
}

/** A signed change: +12、−3.5 (U+2212 minus, readable from afar). */
export function formatSigned(value: number, locale = 'zh-CN', decimals = 1): string {
  const text = formatNumber(Math.abs(value), locale, decimals)
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text
}
