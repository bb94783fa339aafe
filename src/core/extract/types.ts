// Types of the narrative-report extractor: what it finds in a township's annual report.
import type { Message } from '../messages/render'
import type { Registry, Township } from '../types'

/** One figure found in the report text, for a person to accept, correct or reject. */
export interface ExtractedValue {
  indicator: string
  /** The year the figure refers to: the report year unless the sentence names another (2023年，…). */
  year: number | null
  /** In the indicator's canonical unit (294.65万元 → 2946500 元); 0 for a zero stated by negation. */
  value: number
  /** The indicator's canonical unit: '件', '人次', '元', '%' … */
  unit: string
  /** 余, 多, 超, 以上, 近, 约, 千余, 万余: value is the stated figure, taken as a bound. */
  approx: boolean
  /** Part of the year (截至11月底) or of the total (one campaign, one procedure, 其中 …); note says which. */
  partial: boolean
  /** The whole sentence the figure stands in, as written in the original text (soft line breaks removed). */
  evidence: string
  /** Character offsets of the figure (number and unit, or the negating phrase) in the original text. */
  start: number
  end: number
  /** The candidate we would choose for this indicator and year; at most one per indicator and year. */
  preferred: boolean
  /** In Chinese, for the reviewer: why partial, what a count includes, how the figure was read. */
  note?: string
  /** The same notes as codes (src/core/messages/report.*.ts), for the page to render in its language. */
  notes?: Message[]
  /**
   * In Chinese: why the engine doubts this reading (who is counted, a total it would have to
   * guess …). An unsure figure is never preferred: it waits in review for a person to take it.
   */
  unsure?: string
  /** The doubt as a code, for the page to render in its language. */
  unsureText?: Message
}

/** A figure in a sentence that names an indicator, which the engine could not assign: the reviewer types it. */
export interface UnreadFigure {
  /** The figure as written (3次, 1.2万元). */
  text: string
  /** The whole sentence, as written in the original text. */
  evidence: string
  /** Offsets of the figure in the original text. */
  start: number
  end: number
  /** The indicators the sentence names whose unit the figure fits, for the reviewer to pick from. */
  indicators: string[]
}

/** One of the five parts the 督察工作规定 asks an annual report to hold (V20). */
export interface SectionCheck {
  id: string
  title_zh: string
  found: boolean
  /** The heading that was taken for this part, as written. */
  heading?: string
}

export interface ExtractResult {
  file: string
  /** The official name when the township list knows it, else the name as written; null when none found. */
  township: string | null
  townshipCode: string | null
  /** The report year (title, else first lines, else the signing date); null when none found. */
  year: number | null
  values: ExtractedValue[]
  /** 未能识别的数字: figures in sentences that name an indicator, not assigned to any. */
  unreadable: UnreadFigure[]
  sections: SectionCheck[]
  /** In Chinese: partial year, role wording (V22), missing parts (V20), conversions made. */
  warnings: string[]
  /** The same warnings as codes, one for each, for the page to render in its language. */
  warningTexts?: Message[]
  /**
   * Set only when traditional characters were converted and the conversion changed the text's
   * length: then every offset refers to this text, not to the original, and the UI shows this text.
   */
  convertedText?: string
}

export interface ExtractOptions {
  registry: Registry
  /** The county's township list; when given, the township is matched to it and its code is set. */
  townships?: readonly Township[]
  /** The file name shown in results; '粘贴的文本' when omitted. */
  file?: string
}
