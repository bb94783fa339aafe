// Traditional characters → simplified, so that the cue table (written in simplified characters)
// reads reports from townships that write traditional. The converter (opencc-js, t2cn dictionaries
// only) is loaded on first use, and only for texts that hold traditional characters.

/** Common characters that exist only in traditional writing (their simplified forms differ). */
const TRADITIONAL_ONLY = new Set(
  '們這個來為會說對時與發開關實務機執復議訴審權處罰檢鄉鎮辦數項員條動應總經濟體導讓證護爭衛結織規範決資產現門問題設計較專區縣級嚴點歲將傳當後義學習幹黨紀並書場蓋講類調紛訪諮詢顧請聽廣報',
)
/**
 * More traditional forms of characters reports use (each differs from its simplified form): a text with
 * a few of them but not enough for looksTraditional is simplified text with traditional words in it
 * (干部職工, 法治講座 pasted from a traditional page), which is converted character by character.
 */
const TRADITIONAL_FORMS = new Set(
  '開設鎮執學會黨議進員責報項辦動縣調鄉組訴況務決傳習發審規實題處復範專糾現導領為區紛場問體對眾罰結強關織職堅將請業參機訪萬於應檢計餘書訓級證幹點隊時個記綜頭資長顧舉與負帶論無來統訟評過條經類劃達單維蓋層數圍嚴認網權沒繞確續監較內備臺號爭憲講據總標營協轉線夠農兩敗貫國納並環門親橋穩見徹違諮詢聯識課緊養終後試錄勝聽難針龍構訂態欄創間別準減轄節園護討裡編師補壓還約戶錯徵馬輕運籌匯雲優風質顯誰佔駁冊險銷適償電屆費際擔滿繼崗豐興邊產揮預陣廣僅楓輪東簡額礎話財擺亂驗鋪擴齡雙紅巖嶺蓮斷當說壩讓這遷隱裝綱舊趕頁岡採濟變幫貼覺絡選撐從氣鏈載藝熱諧鄰歲張須楊瀏覽橫黃灘鳴灣義輔價績談許擾暫觀勞賬細詐車謀釋屬積碼牽軌鍾涼瑤蔭'
  + '們這說時與發開關實務機執復議訴審權處罰檢鄉鎮辦數項員條動應總經濟體導讓證護爭衛結織規範決資產現門問題設計較專區縣級嚴點歲將傳當後義學習幹黨紀並書場蓋講類調紛訪諮詢顧請聽廣報',
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

/** Whether the text holds any traditional form of TRADITIONAL_FORMS (a simplified text with traditional words in it, or a traditional one). */
export function hasTraditional(text: string): boolean {
  const end = Math.min(text.length, SAMPLE)
  for (let i = 0; i < end; i++) if (TRADITIONAL_FORMS.has(text[i] as string)) return true
  return false
}

export type Simplified =
  /**
   * aligned: every character converted one for one, so offsets in `text` are offsets in the original.
   * mixed: a simplified text whose few traditional characters alone were converted.
   */
  | { text: string, aligned: boolean, converted: true, mixed?: true }
  | { text: string, converted: false }

/**
 * Converts a traditional-character text to simplified characters; a simplified text with a few
 * traditional characters has those converted one for one (mixed); a text with none is returned as
 * it is without loading anything. A conversion that changes the length
 * (a phrase mapped to a longer or shorter one) is returned with aligned: false.
 */
export async function toSimplified(text: string): Promise<Simplified> {
  if (!looksTraditional(text)) {
    if (!hasTraditional(text)) return { text, converted: false }
    // 干部職工…法治講座: every character the converter maps to one character changes, one for one (not only
    // the forms listed above, which decide that the converter is needed), so that cues and doubts read them.
    const convertOne = await loadConverter()
    const mixed = text.replace(/[\u4e00-\u9fff]/g, ch => {
      const s = convertOne(ch)
      return s.length === 1 ? s : ch
    })
    return { text: mixed, aligned: true, converted: true, mixed: true }
  }
  const convert = await loadConverter()
  const simplified = convert(text)
  return { text: simplified, aligned: simplified.length === text.length, converted: true }
}
