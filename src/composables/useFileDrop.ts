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
  const onTarget = [['dragenter', onEnter], ['dragleave', onLeave], ['dragover', onOver], ['drop', onDrop]] as const
  const onWindow = [['dragover', guard], ['drop', guard]] as const
  onMounted(() => {
    for (const [type, fn] of onTarget) target.value?.addEventListener(type, fn)
    for (const [type, fn] of onWindow) window.addEventListener(type, fn)
  })
  onBeforeUnmount(() => {
    for (const [type, fn] of onTarget) target.value?.removeEventListener(type, fn)
    for (const [type, fn] of onWindow) window.removeEventListener(type, fn)
  })
  return { isOver }
}
