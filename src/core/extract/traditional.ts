// Traditional characters → simplified, so that the cue table (written in simplified characters)
// reads reports from townships that write traditional. The converter (opencc-js, t2cn dictionaries
// only) is loaded on first use, and only for texts that hold traditional characters.

/** Common characters that exist only in traditional writing (their simplified forms differ). */
const TRADITIONAL_ONLY = new Set(
  '們這個來為會說對時與發開關實務機執復議訴審權處罰檢鄉鎮辦數項員條動應總經濟體導讓證護爭衛結織規範決資產現門問題設計較專區縣級嚴點歲將傳當後義學習幹黨紀並書場蓋講類調紛訪諮詢顧請聽廣報',
)
/** Texts with fewer such characters are simplified text with a stray traditional word or name. */
const MIN_HITS = 3
const SAMPLE = 20_000

/** Whether the text is written in traditional characters (a cheap test on the first 20,000 characters). */
export function looksTraditional(text: string): boolean {
  let hits = 0
  const end = Math.min(text.length, SAMPLE)
  for (let i = 0; i < end; i++) {
    if (TRADITIONAL_ONLY.has(text[i] as string) && ++hits >= MIN_HITS) return true
  }
  return false
}

type Convert = (text: string) => string
let converter: Promise<Convert> | null = null

/** The opencc-js traditional (Taiwan standard, which also covers Hong Kong forms in its dictionaries) → mainland converter, loaded once. */
function loadConverter(): Promise<Convert> {
  converter ??= import('opencc-js/t2cn').then(m => m.Converter({ from: 'tw', to: 'cn' }))
  return converter
}

export type Simplified =
  /** aligned: every character converted one for one, so offsets in `text` are offsets in the original. */
  | { text: string, aligned: boolean, converted: true }
  | { text: string, converted: false }

/**
 * Converts a traditional-character text to simplified characters; a text that does not look
 * traditional is returned as it is without loading anything. A conversion that changes the length
 * (a phrase mapped to a longer or shorter one) is returned with aligned: false.
 */
export async function toSimplified(text: string): Promise<Simplified> {
  if (!looksTraditional(text)) return { text, converted: false }
  const convert = await loadConverter()
  const simplified = convert(text)
  return { text: simplified, aligned: simplified.length === text.length, converted: true }
}
