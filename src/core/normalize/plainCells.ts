// The common cells of a large table read from their character codes: a plain integer, a plain year.
import { MAX_YEAR, MIN_YEAR } from '../yearRange'

/**
 * A cell of 1 to 9 ASCII digits as its number, read from the character codes (no regex, no Number()):
 * exactly what plainNumberInUnit(raw, 1) gives for it. Null for anything else (which takes that path).
 */
export function plainInteger(raw: string): number | null {
  const length = raw.length
  if (length === 0 || length > 9) return null
  let n = 0
  for (let i = 0; i < length; i++) {
    const digit = raw.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return null
    n = n * 10 + digit
  }
  return n
}

/** A year cell of four ASCII digits within MIN_YEAR–MAX_YEAR as its number (what parseYear gives it); null for any other cell. */
export function plainYear(raw: string): number | null {
  if (raw.length !== 4) return null
  const y = plainInteger(raw)
  return y !== null && y >= MIN_YEAR && y <= MAX_YEAR ? y : null
}
