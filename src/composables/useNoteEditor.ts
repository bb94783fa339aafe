// The wiring of a page's notes: the dialog it opens (AnnotationDialog's open), the rows of its list of
// notes in the page's words, and deleting with a message. The page hands in the store's notes and actions.
import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import { computed, ref, type Ref } from 'vue'
import { useI18n } from './i18n'
import { noteWords } from '@/charts/catalog/annotations'
import type { CatalogEnv } from '@/charts/catalog'
import type { Annotation, AnnotationDraft } from '@/core/annotations'

export interface NoteEditorOptions {
  annotations: Ref<readonly Annotation[]>
  env: Ref<CatalogEnv>
  /** Which notes the page lists. */
  shown: (note: Annotation) => boolean
  remove: (id: string) => void
}

interface DialogHandle { open: (draft: AnnotationDraft, id?: string | null) => void }

export function useNoteEditor(options: NoteEditorOptions) {
  const { t } = useI18n()
  const dialog = ref<DialogHandle | null>(null)
  const items = computed(() => options.annotations.value.filter(options.shown).map(a => ({ id: a.id, mark: '', words: noteWords(a, options.env.value) })))
  return {
    dialog,
    items,
    /** Opens the dialog on a new note with these defaults. */
    add: (defaults: Partial<AnnotationDraft>) => dialog.value?.open({ text: '', township: null, year: null, indicator: null, ...defaults }, null),
    edit: (id: string) => {
      const note = options.annotations.value.find(a => a.id === id)
      if (note) dialog.value?.open(note, id)
    },
    remove: (id: string) => {
      options.remove(id)
      void ElMessage({ message: t('annotations.removed'), type: 'success' })
    },
    saved: () => { void ElMessage({ message: t('annotations.saved'), type: 'success' }) },
  }
}
