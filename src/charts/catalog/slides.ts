// The slide show's slides of a deck entry at a screen size: drawn with the slide theme (type sized
// from the screen height), a category chart whose rows do not fit is split over two slides, or, past
// two, shows its first and last rows with a note. Type is never made smaller to fit.
import { layoutFrame, type ExportFrameLabels, type ExportSize } from '../exportFrame'
import { slideTheme, type ChartTheme } from '../theme'
import type { ChartEntry, RowRange } from './entry'

/** Row pitch of a readable category row, in its type size. */
const ROW_PITCH = 1.3
/** Slides a chart is split over at most before it shows first and last rows instead. */
const MAX_PARTS = 2

export interface SlideWords {
  /** The title of part `n` of `total`, e.g. 2024 持证率排名（1/2）. */
  part: (title: string, n: number, total: number) => string
  /** The note of a chart showing its first and last `n` of `total` rows. */
  topBottom: (n: number, total: number) => string
}

export interface SlideOptions {
  labels: ExportFrameLabels
  /** Px right of the footer kept free (the slide show's number and buttons). */
  footerInset?: number
  words: SlideWords
}

/** Category rows of an entry that fit a slide of this size at the theme's type. */
export function rowsThatFit(entry: ChartEntry, size: ExportSize, theme: ChartTheme, opts: Omit<SlideOptions, 'words'>): number {
  const layout = layoutFrame(entry.context, { width: size.width, theme, labels: opts.labels, date: null, footerInset: opts.footerInset })
  const plot = size.height - layout.header - layout.footer - theme.fontSize * (entry.chrome ?? 5)
  return Math.max(1, Math.floor(plot / (theme.fontSize * ROW_PITCH)))
}

/** A part's own title, and a note added to its context's. */
function retitled(part: ChartEntry, title: string, note?: string): ChartEntry {
  const context = { ...part.context, title }
  if (note !== undefined) context.note = [part.context.note, note].filter(Boolean).join(' ')
  return { ...part, title, context }
}

/**
 * The entry as slides at this size: itself when its rows fit; else its rows split over two slides
 * (titled 1/2, 2/2); else its first and last rows with a note saying how many are shown. Each fit
 * is measured with the words the slide will carry (a longer title or note takes room too).
 */
export function slideParts(entry: ChartEntry, size: ExportSize, opts: SlideOptions): ChartEntry[] {
  const { window } = entry
  if (!window) return [entry]
  const theme = slideTheme(size)
  const fits = (e: ChartEntry) => rowsThatFit(e, size, theme, opts)
  const total = window.total
  if (total <= fits(entry)) return [entry]
  const per = Math.ceil(total / MAX_PARTS)
  if (per <= fits(retitled(entry, opts.words.part(entry.title, MAX_PARTS, MAX_PARTS)))) {
    return Array.from({ length: MAX_PARTS }, (_, i) => retitled(window.of([[i * per, Math.min(total, (i + 1) * per)]]), opts.words.part(entry.title, i + 1, MAX_PARTS)))
  }
  const half = Math.floor(fits(retitled(entry, entry.title, opts.words.topBottom(total, total))) / 2)
  const ranges: RowRange[] = [[0, half], [total - half, total]]
  return [retitled(window.of(ranges), entry.title, opts.words.topBottom(half, total))]
}
