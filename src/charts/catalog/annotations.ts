// The clerk's notes on a chart of the catalog: which notes the chart's view concerns (core's
// notesFor), and the words every picture of it carries — a footer line for the PNG, SVG, ZIP, slide and
// PowerPoint picture (context.note) and one line a note in the speaker notes. One definition, so the
// panel, the slide and every export say the same.
import { notesFor, noteSubject, type Annotation, type MarkedNote, type NoteScope } from '../../core/annotations'
import type { ExportContext } from '../exportFrame'
import { patchEntry, type CatalogEnv, type ChartEntry } from './entry'

/** The notes of a chart and their words. */
export interface ChartNotes {
  marked: MarkedNote[]
  /** The footer parts of a picture: 备注：① 大同镇：收回执法事项, ② 数据口径变化 (none when there are no notes). */
  footer: string[]
  /** One line a note for the speaker notes (none when there are no notes). */
  lines: string[]
}

/**
 * A note as a chart's list says it: ① 大同镇 · 2025：收回执法事项; the chart's own year and
 * indicator (when it has one of each) are left unsaid: ① 大同镇：收回执法事项, ② 数据口径变化.
 */
export function noteItem(note: MarkedNote, env: CatalogEnv, scope: Pick<NoteScope, 'years' | 'indicators'> = { years: [], indicators: [] }): string {
  const label = (id: string) => {
    const indicator = env.data.registry.byId.get(id)
    return indicator ? env.text.label(indicator) : id
  }
  const said = {
    township: note.township,
    year: scope.years.length === 1 && note.year === scope.years[0] ? null : note.year,
    indicator: scope.indicators.length === 1 && note.indicator === scope.indicators[0] ? null : note.indicator,
  }
  const subject = noteSubject(said, label)
  return subject === '' ? env.text.t('annotations.itemBare', { mark: note.mark, text: note.text }) : env.text.t('annotations.item', { mark: note.mark, subject, text: note.text })
}

/** The notes a chart of `scope` shows and their words. */
export function chartNotes(env: CatalogEnv, scope: NoteScope): ChartNotes {
  const marked = notesFor(env.data.annotations ?? [], scope, env.data.townships.map(t => t.name))
  if (marked.length === 0) return { marked, footer: [], lines: [] }
  const items = marked.map(n => noteItem(n, env, scope))
  const { t } = env.text
  return {
    marked,
    footer: items.map((item, i) => (i === 0 ? t('annotations.footer', { list: item }) : item)),
    lines: items.map(item => t('annotations.speaker', { item })),
  }
}

/** A context whose footer also lists the notes. */
export function withNoteFooter(context: ExportContext, notes: ChartNotes): ExportContext {
  return notes.footer.length === 0 ? context : { ...context, annotations: notes.footer }
}

/** The entry with its notes: listed under it on screen, in its picture's footer and in its speaker notes. */
export function withNotes(entry: ChartEntry, notes: ChartNotes): ChartEntry {
  if (notes.marked.length === 0) return entry
  return patchEntry(entry, { annotations: notes.marked, context: withNoteFooter(entry.context, notes) }, before => [before, ...notes.lines].filter(l => l !== '').join('\n'))
}

/** A note as a list of notes says it, without a marker: 大同镇 · 2025：收回执法事项. */
export function noteWords(note: Annotation, env: CatalogEnv, scope?: Pick<NoteScope, 'years' | 'indicators'>): string {
  return noteItem({ ...note, mark: '' }, env, scope).trim()
}
