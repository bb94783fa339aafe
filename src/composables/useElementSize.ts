// The content-box size of an element in whole CSS pixels, kept current with a ResizeObserver.
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

export function useElementSize(target: Ref<Element | null>) {
  const width = ref(0)
  const height = ref(0)
  let observer: ResizeObserver | undefined

  function measure(el: Element): void {
    const box = el.getBoundingClientRect()
    width.value = Math.round(box.width)
    height.value = Math.round(box.height)
  }

  onMounted(() => {
    const el = target.value
    if (!el) return
    measure(el)
    if (typeof ResizeObserver === 'undefined') return
    observer = new ResizeObserver(() => measure(el))
    observer.observe(el)
  })
  onBeforeUnmount(() => observer?.disconnect())

  return { width, height }
}
