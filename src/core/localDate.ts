// Dates as the county office reads them: the calendar day and clock in the county's time zone
// (Asia/Shanghai), whatever zone the computer or a server building the files is set to.

/** The county's time zone: file names, footers, receipt dates and deadlines are in it. */
export const COUNTY_TIME_ZONE = 'Asia/Shanghai'

const formatters = new Map<string, Intl.DateTimeFormat>()
function partsIn(ms: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', number> {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    formatters.set(timeZone, f)
  }
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0 }
  for (const p of f.formatToParts(ms)) if (p.type in out) out[p.type as keyof typeof out] = Number(p.value)
  return out
}

const two = (n: number) => String(n).padStart(2, '0')

/** `2025-01-20`: the calendar day of an instant in the time zone. */
export function localDate(ms: number, timeZone = COUNTY_TIME_ZONE): string {
  const p = partsIn(ms, timeZone)
  return `${p.year}-${two(p.month)}-${two(p.day)}`
}

/** `2025-01-20 09:05`: day and clock of an instant in the time zone. */
export function localDateTime(ms: number, timeZone = COUNTY_TIME_ZONE): string {
  const p = partsIn(ms, timeZone)
  return `${localDate(ms, timeZone)} ${two(p.hour)}:${two(p.minute)}`
}

/** Reads `YYYY-MM-DD` (a real calendar day) into its parts; null for anything else. */
export function readDay(text: string): { year: number, month: number, day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim())
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null
  return { year, month, day }
}

/**
 * The instant a wall-clock time in the zone happens (ms since the epoch). Found by correcting a UTC
 * guess by the zone's offset twice, which settles every zone that changes its offset by whole minutes.
 */
export function zonedTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, msPart = 0, timeZone = COUNTY_TIME_ZONE): number {
  const wanted = Date.UTC(year, month - 1, day, hour, minute, second, msPart)
  let guess = wanted
  for (let i = 0; i < 2; i++) {
    const p = partsIn(guess, timeZone)
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, new Date(guess).getUTCSeconds(), new Date(guess).getUTCMilliseconds())
    guess += wanted - shown
  }
  return guess
}

/** Noon of a `YYYY-MM-DD` day in the zone (a day the clerk typed: well inside the day whatever the offset); null when not a day. */
export function dayToTime(text: string, timeZone = COUNTY_TIME_ZONE): number | null {
  const d = readDay(text)
  return d ? zonedTime(d.year, d.month, d.day, 12, 0, 0, 0, timeZone) : null
}
