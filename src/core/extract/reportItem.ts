// A narrative report waiting for review, as the report store holds it and its storage keeps it.
import type { Message } from '../messages/render'
import type { ReviewState } from './review'
import type { ExtractResult } from './types'

export type ReportItemState = 'reading' | 'ready' | 'failed' | 'imported'

export interface ReportItem {
  id: string
  file: string
  /** When it reached the office: when it was added to the review (ms since the epoch). */
  receivedAt: number
  state: ReportItemState
  /** Why the report could not be read (in Chinese), when state is failed. */
  error: string | null
  /** The same reason as a code, for the page to render in its language. */
  errorText?: Message
  /** The text every offset of `result` refers to. */
  text: string
  result: ExtractResult | null
  review: ReviewState
  /** The township and year as read from the title, until the clerk changes them. */
  township: string | null
  year: number | null
  /** Figures merged into the dataset, once imported. */
  imported: number | null
}
