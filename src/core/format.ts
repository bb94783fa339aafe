// Figures as people read them: grouped digits, sensible decimals, large amounts in 万.

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

/**
 * A figure with its unit in the locale's words, shortened for a card: 元 amounts of 10,000 or more in 万元
 * (1,234,500 元 → 123.45 万元, in English 123.45 × 10k yuan); % without a space. Returns value text and unit separately.
 */
export function formatFigure(value: number | null, unit: { unit: string, unit_en?: string }, locale = 'zh-CN'): { text: string, unit: string } {
  if (value === null || !Number.isFinite(value)) return { text: '—', unit: '' }
  const zh = locale.startsWith('zh')
  if (unit.unit === '元' && Math.abs(value) >= 10000) return { text: formatNumber(value / 10000, locale, 2), unit: zh ? '万元' : '× 10k yuan' }
  return { text: formatNumber(value, locale, unit.unit === '%' ? 1 : 2), unit: zh ? unit.unit : (unit.unit_en ?? unit.unit) }
}

/** A signed change: +12、−3.5 (U+2212 minus, readable from afar). */
export function formatSigned(value: number, locale = 'zh-CN', decimals = 1): string {
  const text = formatNumber(Math.abs(value), locale, decimals)
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text
}
