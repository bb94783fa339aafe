// Text laid out in a picture without a browser: a rough width by character class, and parts packed
// into lines of at most a width (a part wider than a line is broken, never truncated).

/** Rough width of a text in px: CJK and full-width characters take one em, others about 0.6 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0
  for (const ch of text) ems += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 1 : 0.6
  return ems * fontSize
}

/** A part wider than `width` cut into pieces that fit (by characters), so that none is truncated. */
function splitWide(part: string, fontSize: number, width: number): string[] {
  if (estimateTextWidth(part, fontSize) <= width) return [part]
  const pieces: string[] = []
  let piece = ''
  for (const ch of part) {
    if (piece !== '' && estimateTextWidth(piece + ch, fontSize) > width) { pieces.push(piece); piece = '' }
    piece += ch
  }
  if (piece !== '') pieces.push(piece)
  return pieces
}

/** Parts packed greedily into lines joined by ' · ', each at most `width` px wide (a wider part is broken over lines). */
export function packLines(parts: readonly string[], fontSize: number, width: number): string[] {
  const lines: string[] = []
  for (const part of parts.flatMap(p => splitWide(p, fontSize, width))) {
    const last = lines.at(-1)
    if (last !== undefined && estimateTextWidth(`${last} · ${part}`, fontSize) <= width) lines[lines.length - 1] = `${last} · ${part}`
    else lines.push(part)
  }
  return lines
}
