// Dropping files on an element; a file dropped elsewhere on the page is caught instead of opening in the tab.
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

export interface FileDropOptions {
  onDrop: (files: File[]) => void
}

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files')

/**
 * Makes `target` a drop zone. `isOver` is true while files are dragged over it. While mounted, a
 * drop outside the zone is ignored rather than navigating away from the page (and its data).
 */
export function useFileDrop(target: Ref<HTMLElement | null>, options: FileDropOptions) {
  const isOver = ref(false)
  let depth = 0
  const onEnter = (e: DragEvent) => { if (!hasFiles(e)) return; e.preventDefault(); depth++; isOver.value = true }
  const onLeave = () => { depth = Math.max(0, depth - 1); if (depth === 0) isOver.value = false }
  const onOver = (e: DragEvent) => { if (hasFiles(e)) e.preventDefault() }
  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    depth = 0
    isOver.value = false
    const files = [...(e.dataTransfer?.files ?? [])]
    if (files.length > 0) options.onDrop(files)
  }
  const guard = (e: DragEvent) => { if (hasFiles(e)) e.preventDefault() }
  onMounted(() => {
    const el = target.value
    el?.addEventListener('dragenter', onEnter)
    el?.addEventListener('dragleave', onLeave)
    el?.addEventListener('dragover', onOver)
    el?.addEventListener('drop', onDrop)
    window.addEventListener('dragover', guard)
    window.addEventListener('drop', guard)
  })
  onBeforeUnmount(() => {
    const el = target.value
    el?.removeEventListener('dragenter', onEnter)
    el?.removeEventListener('dragleave', onLeave)
    el?.removeEventListener('dragover', onOver)
    el?.removeEventListener('drop', onDrop)
    window.removeEventListener('dragover', guard)
    window.removeEventListener('drop', guard)
  })
  return { isOver }
}
