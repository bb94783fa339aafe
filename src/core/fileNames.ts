// File names a person understands and every system accepts: `2024-行政执法人员持证率-排名.png`.
// Windows is the strictest target (the county office uses it): no <>:"/\|?* or control characters,
// no trailing dot or space, no reserved device names (CON, NUL, COM1 …), and a bounded length.

/** Characters Windows forbids in a file name, each replaced by its full-width twin so the name stays readable (件/万人 → 件／万人). */
const FORBIDDEN: Readonly<Record<string, string>> = {
  '<': '＜', '>': '＞', ':': '：', '"': '＂', '/': '／', '\\': '＼', '|': '｜', '?': '？', '*': '＊',
}

/** Device names Windows reserves, with or without an extension (con.png is as bad as con). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

/** Longest stem kept, in characters: well inside Windows' 255 UTF-16 units, and still readable in a ZIP listing. */
export const MAX_STEM_LENGTH = 100

/** Name used when nothing printable is left. */
const FALLBACK = '图表'

/**
 * A file-name stem safe on Windows, macOS and Linux: forbidden characters become their full-width
 * twins, control characters and runs of white space a single space, leading/trailing dots and spaces
 * are dropped, reserved device names get a trailing underscore, and the result is cut to `maxLength`
 * characters (code points, so a Chinese character is never split). Never returns ''.
 */
export function safeFileStem(text: string, maxLength = MAX_STEM_LENGTH): string {
  let stem = [...text]
    .map(ch => FORBIDDEN[ch] ?? (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
  stem = [...stem].slice(0, Math.max(1, maxLength)).join('')
  stem = stem.replace(/^[\s.]+|[\s.]+$/g, '')
  if (stem === '') return FALLBACK
  return RESERVED.test(stem) ? `${stem}_` : stem
}

export interface ChartFileParts {
  /** Report year; left out when null or absent. */
  year?: number | string | null
  /** What the chart shows, e.g. the indicator label 行政执法人员持证率. */
  subject: string
  /** Kind of chart, e.g. 排名, 热力图; left out when empty. */
  kind?: string
}

/** `2024-行政执法人员持证率-排名.png`: year, subject and kind joined by hyphens, made safe, with the extension. */
export function chartFileName(parts: ChartFileParts, extension: string): string {
  const pieces = [parts.year === null || parts.year === undefined ? '' : String(parts.year), parts.subject, parts.kind ?? '']
    .map(p => p.trim())
    .filter(p => p !== '')
  const ext = extension.replace(/^\.+/, '').toLowerCase()
  return `${safeFileStem(pieces.join('-'))}.${ext}`
}

/**
 * The same names with later duplicates numbered, `a.png`, `a (2).png`, `a (3).png`, compared without
 * regard to case (Windows and macOS file systems do not tell `A.png` from `a.png`). Order is kept.
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>()
  return names.map((name) => {
    const dot = name.lastIndexOf('.')
    const stem = dot > 0 ? name.slice(0, dot) : name
    const ext = dot > 0 ? name.slice(dot) : ''
    let candidate = name
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`
    taken.add(candidate.toLowerCase())
    return candidate
  })
}
