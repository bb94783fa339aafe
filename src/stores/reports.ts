// Narrative reports waiting for review: each report's text, the figures found in it and what the
// clerk accepted, corrected or rejected, until its figures are imported into the dataset. Reports read
// (or refused) are kept by the persistence plugin (plugins/storePersistence.ts) in IndexedDB
// 'township-dashboard-reports', key 'reviews', until imported or removed.
// The extractor (and the readers of each format, opencc) load on the first report, never with the first screen.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw } from 'vue'
import { addTypedFigure, decide, correct, initialReview, rejectOpen, reviewedSubmissions, type Decision } from '@/core/extract/review'
import type { ReportItem } from '@/core/extract/reportItem'
import type { ReportError } from '@/core/extract/toSubmission'
import type { ExtractResult } from '@/core/extract/types'
import { coded } from '@/core/messages/chinese'
import type { Message } from '@/core/messages/render'
import type { InputFile } from '@/core/types'
import { isSavedReviews, type SavedReviews } from '@/stores/plugins/reportStorage'
import { injectReaderEnv } from './appContext'
import { useDatasetStore } from './dataset'

export type { ReportItem, ReportItemState } from '@/core/extract/reportItem'

export type IncomingReport = InputFile & { receivedAt?: number }

/** Items worth keeping across a reload: read or refused, not yet imported. */
const kept = (items: readonly ReportItem[]) => items.filter(i => i.state === 'ready' || i.state === 'failed').map(i => toRaw(i))
/** What is written: the reports kept, and the one selected; nothing once none is kept. */
function savedReviews(items: readonly ReportItem[], selectedId: string | null): SavedReviews | undefined {
  const list = kept(items)
  return list.length === 0 ? undefined : { version: 1, items: list, selectedId }
}

export const useReportStore = defineStore('reports', () => {
  const readerEnv = injectReaderEnv()
  const data = useDatasetStore()
  const items = shallowRef<readonly ReportItem[]>([])
  const selectedId = ref<string | null>(null)
  /** Ids unique across sessions: restored reports keep theirs. */
  const session = Date.now().toString(36)
  let ids = 0
  /** Why the reviews could not be saved or read (shown on the review tab); null when all is well. */
  const storageError = ref<string | null>(null)

  const selected = computed(() => items.value.find(i => i.id === selectedId.value) ?? null)
  const waiting = computed(() => items.value.filter(i => i.state === 'ready' || i.state === 'reading').length)

  function patch(id: string, change: Partial<ReportItem> | ((item: ReportItem) => Partial<ReportItem>)) {
    items.value = items.value.map(i => (i.id === id ? { ...i, ...(typeof change === 'function' ? change(i) : change) } : i))
  }

  function add(file: string, receivedAt: number): string {
    const id = `report-${session}-${++ids}`
    items.value = [...items.value, { id, file, receivedAt, state: 'reading', error: null, text: '', result: null, review: [], township: null, year: null, imported: null }]
    selectedId.value ??= id
    return id
  }

  function settle(id: string, read: { text: string, result: ExtractResult } | { error: string, errorText?: Message }) {
    if ('error' in read) { patch(id, read.errorText ? { state: 'failed', error: read.error, errorText: read.errorText } : { state: 'failed', error: read.error }); return }
    const { text, result } = read
    patch(id, { state: 'ready', text, result, review: initialReview(result), township: result.township, year: result.year })
  }

  // The whole registry (its aliases find the figures): each read waits for it (data.wholeRegistry).
  const options = () => ({ registry: data.registry, townships: data.townships })
  const failure = (e: unknown) => coded({ code: 'report-read-failed', params: { reason: e instanceof Error ? e.message : String(e) } })

  /** Reads report files one after another; each shows up at once and fills in when read. */
  async function addFiles(files: readonly IncomingReport[]): Promise<void> {
    const queued = files.map(f => ({ file: f, id: add(f.name, f.receivedAt ?? Date.now()) }))
    const [{ extractReportFile }] = await Promise.all([import('@/core/extract/input'), data.wholeRegistry()])
    for (const { file, id } of queued) {
      settle(id, await extractReportFile({ name: file.name, bytes: file.bytes }, options(), readerEnv).catch(failure))
    }
  }

  /** Pasted report text, shown under `name`. */
  async function addText(text: string, name: string): Promise<void> {
    const id = add(name, Date.now())
    const [{ extractPastedText }] = await Promise.all([import('@/core/extract/input'), data.wholeRegistry()])
    settle(id, await extractPastedText(text, { ...options(), file: name }).then(result => ({ text: result.convertedText ?? text, result }), failure))
  }

  function edit(id: string, change: (item: ReportItem & { result: ExtractResult }) => Partial<ReportItem>) {
    patch(id, item => (item.result && item.state === 'ready' ? change(item as ReportItem & { result: ExtractResult }) : {}))
  }
  const setDecision = (id: string, index: number, decision: Decision) => edit(id, i => ({ review: decide(i.review, i.result, index, decision) }))
  const setValue = (id: string, index: number, value: number) => edit(id, i => ({ review: correct(i.review, i.result, index, value) }))
  const rejectRest = (id: string) => edit(id, i => ({ review: rejectOpen(i.review) }))
  const setTownship = (id: string, township: string | null) => edit(id, () => ({ township }))
  const setYear = (id: string, year: number | null) => edit(id, () => ({ year }))
  /** The reviewer types a figure the extractor could not assign (未能识别的数字). */
  const addTyped = (id: string, unreadIndex: number, indicator: string, value: number) => edit(id, (i) => {
    const ind = data.registry.byId.get(indicator)
    return (ind && addTypedFigure(i.result, i.review, unreadIndex, { id: ind.id, unit: ind.unit }, value)) || {}
  })

  /** The township code of the reviewed name: the list's, else the one the extractor matched. */
  function codeOf(item: ReportItem): string | null {
    const listed = data.townships.find(t => t.name === item.township)
    return listed?.code ?? (item.township === item.result?.township ? item.result.townshipCode : null)
  }

  /**
   * Imports the accepted figures of a report through the dataset store (conflicts asked there), then
   * selects the next report waiting after it (from the top again at the end of the list). Resolves with an error (in Chinese) or the figures merged.
   */
  async function importItem(id: string): Promise<ReportError | { imported: number }> {
    const item = items.value.find(i => i.id === id)
    if (!item?.result || item.state !== 'ready') return coded({ code: 'report-not-ready' })
    const parts = reviewedSubmissions(item.result, item.review, { township: item.township, code: codeOf(item), year: item.year })
    if ('error' in parts) return parts
    const outcome = await data.importReport({ file: item.file, parts, found: item.result.values.length, receivedAt: item.receivedAt })
    if (!outcome) return data.importError ? { error: data.importError } : coded({ code: 'report-import-unfinished' })
    const imported = outcome.reports[0]?.accepted ?? 0
    patch(id, { state: 'imported', imported })
    const at = items.value.findIndex(i => i.id === id)
    const next = [...items.value.slice(at + 1), ...items.value.slice(0, at)].find(i => i.state === 'ready')
    if (next) selectedId.value = next.id
    return { imported }
  }

  function remove(id: string) {
    const at = items.value.findIndex(i => i.id === id)
    items.value = items.value.filter(i => i.id !== id)
    if (selectedId.value === id) selectedId.value = (items.value[at] ?? items.value[at - 1])?.id ?? null
  }

  const select = (id: string) => { selectedId.value = id }

  return { items, selectedId, selected, waiting, storageError, addFiles, addText, setDecision, setValue, rejectRest, setTownship, setYear, addTyped, importItem, remove, select }
}, {
  persist: {
    db: 'township-dashboard-reports',
    // A burst of accepts is one write.
    delay: 250,
    entries: {
      reviews: {
        save: store => savedReviews(store.items, store.selectedId),
        // The saved reviews go in front of any added meanwhile.
        restore(store, saved) {
          if (!isSavedReviews(saved) || saved.items.length === 0) return
          const present = new Set(store.items.map(i => i.id))
          store.items = [...saved.items.filter(i => !present.has(i.id)), ...store.items]
          if (store.selectedId === null) store.selectedId = saved.items.some(i => i.id === saved.selectedId) ? saved.selectedId : saved.items[0]?.id ?? null
        },
      },
    },
  },
})
