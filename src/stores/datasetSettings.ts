// The dataset store's settings actions: the township list, learned header mappings, the deadline and
// reading a file of this session again. Each change is saved through the store's sync; the store
// spreads these into its actions (they work on its own state, handed in here).
import type { Ref, ShallowRef } from 'vue'
import { addMappings, readMappings, removeMapping, type HeaderMapping } from '@/core/aliases'
import { putAnnotation, readAnnotations, removeAnnotation, validateAnnotation, type Annotation, type AnnotationDraft, type AnnotationResult } from '@/core/annotations'
import type { ImportFile, ImportResult } from '@/core/import'
import type { PendingRow } from '@/core/pendingTownships'
import { readStoredTownships } from '@/core/storedTownships'
import { readDeadline, type Deadline } from '@/core/tracker'
import type { IncomingFile, Registry, Township } from '@/core/types'
import type { BundledCounty } from './appContext'
import type { DatasetSync, SavedSettings } from './plugins/datasetSync'

export interface SettingsState {
  county: BundledCounty
  registry: ShallowRef<Registry>
  townships: ShallowRef<readonly Township[]>
  townshipsEdited: Ref<boolean>
  pending: ShallowRef<readonly PendingRow[]>
  mappings: ShallowRef<readonly HeaderMapping[]>
  deadline: ShallowRef<Deadline>
  /** The clerk's notes on townships and years (core/annotations), kept with the settings. */
  annotations: ShallowRef<readonly Annotation[]>
  recentFiles: ShallowRef<ReadonlyMap<string, ImportFile>>
  sync: ShallowRef<DatasetSync>
  importFiles: (files: readonly IncomingFile[]) => Promise<ImportResult | null>
}

export function settingsActions(s: SettingsState) {
  /** The settings storage held (the persistence plugin calls this at start), each checked. */
  function takeSettings(saved: SavedSettings) {
    s.mappings.value = readMappings(saved.mappings)
    s.deadline.value = readDeadline(saved.deadline)
    const edited = readStoredTownships(saved.townships)
    s.townships.value = edited ?? s.county.townships
    s.townshipsEdited.value = edited !== null
    s.pending.value = saved.pending
    s.annotations.value = readAnnotations(saved.annotations, annotationContext())
  }

  const annotationContext = () => ({ townships: s.townships.value.map(t => t.name), registry: s.registry.value })
  let noteCount = 0
  const newNoteId = () => `n-${Date.now().toString(36)}-${(++noteCount).toString(36)}-${Math.random().toString(36).slice(2, 6)}`
  const saveAnnotations = (list: readonly Annotation[]) => {
    s.annotations.value = list
    s.sync.value.saveSetting('annotations', list.map(a => ({ ...a })))
  }

  /** Adds a note (id null) or replaces the note of `id`, and saves the list; refused drafts come back with their problems, nothing changed. */
  function saveAnnotation(draft: AnnotationDraft, id: string | null = null): AnnotationResult {
    const result = validateAnnotation(draft, annotationContext(), id ?? newNoteId(), Date.now())
    if (result.accepted) saveAnnotations(putAnnotation(s.annotations.value, result.accepted))
    return result
  }

  function deleteAnnotation(id: string) {
    saveAnnotations(removeAnnotation(s.annotations.value, id))
  }

  /** Replaces the township list and saves it; null restores the bundled list. */
  function setTownships(list: readonly Township[] | null) {
    s.townships.value = list ?? s.county.townships
    s.townshipsEdited.value = list !== null
    s.sync.value.saveSetting('townships', list === null ? null : list.map(t => ({ ...t, aliases: [...t.aliases] })))
  }

  /**
   * Learns header mappings (refused ones come back with their reason) and remembers them. When
   * `file` was imported in this session, it is read again so that its mapped columns load now.
   */
  async function learnMappings(file: string | null, additions: readonly HeaderMapping[]): Promise<{ refused: { mapping: HeaderMapping, reason: string }[], reread: boolean }> {
    const learnedAt = Date.now()
    const { mappings: next, refused } = addMappings(s.mappings.value, additions.map(a => ({ ...a, learnedAt })), s.registry.value)
    s.mappings.value = next
    s.sync.value.saveSetting('mappings', next)
    const again = file === null ? undefined : s.recentFiles.value.get(file)
    const mapped = additions.some(a => a.indicator !== null && !refused.some(r => r.mapping === a))
    if (!again || !mapped) return { refused, reread: false }
    await s.importFiles([again])
    return { refused, reread: true }
  }

  /** Reads an Excel file of this session again, from the named sheet. False when its bytes are gone. */
  async function readSheet(file: string, sheet: string): Promise<boolean> {
    const again = s.recentFiles.value.get(file)
    if (!again) return false
    await s.importFiles([{ ...again, sheet }])
    return true
  }

  function forgetMapping(header: string) {
    s.mappings.value = removeMapping(s.mappings.value, header)
    s.sync.value.saveSetting('mappings', s.mappings.value)
  }

  function setDeadline(d: Deadline) {
    s.deadline.value = readDeadline(d)
    s.sync.value.saveSetting('deadline', { ...s.deadline.value })
  }

  return { takeSettings, saveAnnotation, deleteAnnotation, setTownships, learnMappings, readSheet, forgetMapping, setDeadline }
}
