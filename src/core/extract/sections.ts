// The report structure check (V20): which of the five parts the 法治政府建设与责任落实督察工作规定
// asks an annual report to hold are there, judged from the headings.
import type { Span } from './sentences'
import type { SectionCheck } from './types'

export interface ReportSection {
  id: string
  title_zh: string
  /** Tested on heading text. */
  pattern: RegExp
}

/** The five parts, in the order the 督察工作规定 lists them. */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  { id: 'measures', title_zh: '推进法治政府建设的主要举措和成效', pattern: /举措|成效|主要做法|工作情况|开展情况|推进情况|建设情况|主要工作|工作开展|落实情况/ },
  { id: 'shortcomings', title_zh: '存在的不足和原因', pattern: /不足|存在的问题|存在问题|问题和原因|问题及原因|短板|薄弱环节|困难和问题/ },
  { id: 'first_responsible', title_zh: '党政主要负责人履行推进法治建设第一责任人职责情况', pattern: /第一责任人|主要负责人履行|述法|主要负责人[^，。]{0,10}职责/ },
  { id: 'next_year', title_zh: '下一年度推进法治政府建设的主要安排', pattern: /下一年度|下一步|下步|明年|来年|今后|\d{4}年度?(?:工作)?(?:打算|安排|计划|思路|重点)|工作(?:安排|打算|计划|思路)|主要安排|努力方向/ },
  { id: 'other', title_zh: '其他需要报告的情况', pattern: /其他需要报告|其他情况|其他事项|其他工作/ },
]

export interface Heading extends Span {
  text: string
  /** 1: 一、 and 第一部分 (and unmarked short lines); 2: （一）; 3: 1. and 1、 */
  level: number
}

const MARKERS: readonly [RegExp, number][] = [
  [/^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分)/, 1],
  [/^[（(][一二三四五六七八九十]+[）)]/, 2],
  [/^\d{1,2}[、．.](?!\d)/, 3],
]
const HEADING_TEXT = /^[^。：:；;]{1,40}/

/**
 * Headings: lines opening with 一、 （一） 1. 第一部分 (the heading is the line up to its first stop
 * or colon, at most 40 characters), and short unmarked lines without commas or stops once the body
 * has started (so the title is not taken for a heading).
 */
export function findHeadings(clean: string): Heading[] {
  const headings: Heading[] = []
  let bodyStarted = false
  let lineStart = 0
  for (const line of clean.split('\n')) {
    const start = lineStart
    lineStart += line.length + 1
    const text = line.trim()
    if (text === '') continue
    const offset = start + line.indexOf(text)
    const marker = MARKERS.find(([re]) => re.test(text))
    if (marker) {
      const head = (HEADING_TEXT.exec(text) ?? [text])[0]
      headings.push({ start: offset, end: offset + head.length, text: head, level: marker[1] })
      bodyStarted = true
    } else if (bodyStarted && text.length <= 20 && !/[，,。；;！？]/.test(text)) {
      headings.push({ start: offset, end: offset + text.length, text, level: 1 })
    } else if (text.length >= 40) {
      bodyStarted = true
    }
  }
  return headings
}

/**
 * The five-part checklist, and the stretches of text under a next-year heading (their figures are
 * plans, not results). A heading may serve two parts (存在的问题及下一步打算). The first heading found
 * for a part is reported.
 */
export function checkSections(clean: string): { sections: SectionCheck[], planRanges: Span[] } {
  const headings = findHeadings(clean)
  const planRanges: Span[] = []
  const sections = REPORT_SECTIONS.map((s): SectionCheck => {
    const heading = headings.find(h => s.pattern.test(h.text))
    return heading ? { id: s.id, title_zh: s.title_zh, found: true, heading: heading.text } : { id: s.id, title_zh: s.title_zh, found: false }
  })
  const nextYear = REPORT_SECTIONS.find(s => s.id === 'next_year') as ReportSection
  headings.forEach((h, i) => {
    if (!nextYear.pattern.test(h.text)) return
    const next = headings.slice(i + 1).find(o => o.level <= h.level)
    planRanges.push({ start: h.start, end: next ? next.start : clean.length })
  })
  return { sections, planRanges }
}
