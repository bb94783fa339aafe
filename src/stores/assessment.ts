// The 考核: the scheme in use (bundled data/assessment.json, or the county's edited copy), the reviewers'
// manual scores, and the assessment of the shown year computed from the dataset. The scores and the edited
// scheme are kept by the persistence plugin (plugins/storePersistence.ts), in IndexedDB 'township-dashboard-assessment'.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import assessmentJson from '~data/assessment.json'
import { assess, buildNotice, manualProblem, readScheme, readStoredManual, removeManual, upsertManual, type ManualScore, type Scheme, type SchemeProblem, type YearAssessment } from '@/core/assessment'
import { buildTracker, type ReceivedFileReport } from '@/core/tracker'
import { injectCounty } from './appContext'
import { useDatasetStore } from './dataset'
import { useReceiptsStore } from './receipts'
import { useViewStore } from './view'

export const bundledSchemeJson: unknown = assessmentJson

/** A plain copy (no reactive proxies reach IndexedDB). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null)) as unknown

export const useAssessmentStore = defineStore('assessment', () => {
  const data = useDatasetStore()
  const county = injectCounty()
  const view = useViewStore()
  const receipts = useReceiptsStore()
  /** The county's edited scheme (raw JSON), or null for the bundled one. */
  const edited = shallowRef<unknown>(null)
  const manual = shallowRef<readonly ManualScore[]>([])
  /** Why the scores or the scheme could not be saved or read; null when all is well. */
  const storageError = ref<string | null>(null)

  const bundled = computed(() => readScheme(bundledSchemeJson, data.registry))
  const fromEdited = computed(() => (edited.value === null ? null : readScheme(edited.value, data.registry)))
  /** The scheme used: the edited one when it is valid, else the bundled one. */
  const scheme = computed<Scheme | null>(() => fromEdited.value?.scheme ?? bundled.value.scheme)
  /** Problems of the stored edited scheme (when it no longer fits the registry), else of the bundled one. */
  const problems = computed<SchemeProblem[]>(() => (fromEdited.value && !fromEdited.value.scheme ? fromEdited.value.problems : bundled.value.problems))
  const isEdited = computed(() => fromEdited.value?.scheme != null)
  const schemeJson = computed(() => edited.value ?? bundledSchemeJson)

  const year = computed(() => view.year ?? data.years.at(-1) ?? null)
  const input = computed(() => (scheme.value ? {
    scheme: scheme.value, registry: data.registry, townships: data.townships, submissions: data.submissions, manual: manual.value,
    issues: data.dataset.validationIssues,
    sentenceOf: (township: string, y: number, id: string) => data.evidenceFor(township, y)?.[id]?.sentence,
  } : null))
  /** Townships whose figures for year `y` arrived after the deadline. */
  function lateIn(y: number): string[] {
    const rows = buildTracker({ townships: data.townships, submissions: data.submissions, files: data.log.files as readonly ReceivedFileReport[], issues: data.issues, years: [y], deadline: data.deadline, receipts: receipts.dates })
    return rows.filter(r => r.known && r.cells[0]?.late).map(r => r.township)
  }
  /** The assessment of any year with its 通报 figures (the deck draws years other than the page's); null without a scheme or data. */
  function forYear(y: number): YearAssessment | null {
    if (!input.value || !scheme.value) return null
    const result = assess(input.value, y)
    const previous = data.years.includes(y - 1) ? assess(input.value, y - 1) : null
    return { scheme: scheme.value, year: y, result, previous, notice: buildNotice({ result, scheme: scheme.value, county: county.name, late: lateIn(y), previous }) }
  }
  const shown = computed(() => (year.value === null ? null : forYear(year.value)))
  const result = computed(() => shown.value?.result ?? null)
  const previous = computed(() => shown.value?.previous ?? null)
  /** Townships whose figures for the year arrived after the deadline. */
  const late = computed(() => (year.value === null ? [] : lateIn(year.value)))
  /** Names held in 待确认 (not on the township list) with figures for the year, and any name the result left unscored: never scored. */
  const unconfirmed = computed(() => {
    const y = year.value
    const held = data.pending.filter(r => !r.rejected && r.submission.year === y).map(r => r.name)
    return [...new Set([...held, ...(result.value?.unscored ?? [])])].sort((a, b) => a.localeCompare(b, 'zh-CN'))
  })
  const notice = computed(() => shown.value?.notice ?? null)

  /** Enters (or replaces) a reviewer's score; returns why it was refused, or null. */
  function setManual(entry: ManualScore): string | null {
    if (!scheme.value) return '没有可用的考核方案'
    const why = manualProblem(entry, scheme.value, data.townships)
    if (why) return why
    manual.value = upsertManual(manual.value, { ...entry, reason: entry.reason.trim() })
    return null
  }
  function clearManual(key: Pick<ManualScore, 'township' | 'item' | 'year'>) {
    manual.value = removeManual(manual.value, key)
  }
  /** Uses an edited scheme when it is valid; returns its problems (empty when applied). */
  function applyScheme(raw: unknown): SchemeProblem[] {
    const read = readScheme(raw, data.registry)
    if (!read.scheme) return read.problems
    edited.value = raw
    return []
  }
  function resetScheme() {
    edited.value = null
  }

  return { edited, scheme, problems, isEdited, schemeJson, manual, storageError, year, result, previous, late, unconfirmed, notice, forYear, setManual, clearManual, applyScheme, resetScheme }
}, {
  persist: {
    db: 'township-dashboard-assessment',
    entries: {
      // Scores entered while the saved ones were being read stay, after them.
      manual: { save: store => plain(store.manual), restore: (store, saved) => { store.manual = [...readStoredManual(saved), ...store.manual] } },
      scheme: { save: store => plain(store.edited), restore: (store, saved) => { if (saved !== null) store.edited = saved } },
    },
  },
})
