// Names are data, never keys: the last step before an option reaches ECharts. ECharts and zrender
// keep caches and lookups in plain objects keyed by the text they draw (zrender's text-width LRU does
// `map[text]`), so a township or header called `__proto__` or `hasOwnProperty` would reach
// Object.prototype. Every such string (and object key) gets an invisible zero-width space appended:
// it draws the same, but no longer names a property of Object.prototype.

const ZWSP = '\u200B'

/** True for `__proto__`, `constructor`, `hasOwnProperty`, … : names that plain objects already answer to. */
export function isPrototypeName(name: string): boolean {
  return name === '__proto__' || Object.prototype.hasOwnProperty.call(Object.prototype, name)
}

/** The name as ECharts may see it: unchanged, or with a zero-width space appended when it is a prototype name. */
export function chartSafeName(name: string): string {
  return isPrototypeName(name) ? `${name}${ZWSP}` : name
}

/** The name a chart event or label gives back, without the mark chartSafeName added. */
export function chartOriginalName(name: string): string {
  return name.endsWith(ZWSP) && isPrototypeName(name.slice(0, -1)) ? name.slice(0, -1) : name
}

function safeValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return chartSafeName(value)
  if (typeof value !== 'object' || value === null || depth > 64) return value
  if (Array.isArray(value)) {
    let out: unknown[] | null = null
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i]
      const safe = safeValue(v, depth + 1)
      if (safe !== v) (out ??= value.slice())[i] = safe
    }
    return out ?? value
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value // typed arrays, Dates, graphics
  let out: Record<string, unknown> | null = null
  for (const key of Object.keys(value)) {
    const v: unknown = (value as Record<string, unknown>)[key]
    const safe = safeValue(v, depth + 1)
    const safeKey = chartSafeName(key)
    if (safe === v && safeKey === key) continue
    out ??= { ...(value as Record<string, unknown>) }
    if (safeKey !== key) delete out[key]
    Object.defineProperty(out, safeKey, { value: safe, enumerable: true, writable: true, configurable: true })
  }
  return out ?? value
}

/**
 * The option with every prototype name made safe (chartSafeName), in strings and in object keys; parts
 * without one are shared, not copied. Functions (formatters) are kept: they receive the safe names.
 */
export function chartSafeOption<T>(option: T): T {
  return safeValue(option, 0) as T
}
