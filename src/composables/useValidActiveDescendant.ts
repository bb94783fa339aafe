// Keeps aria-activedescendant honest inside an element: Element Plus's autocomplete points it at an
// option that does not exist ("…-item--1") while nothing is highlighted; such a pointer is removed.
import { onBeforeUnmount, onMounted, type Ref } from 'vue'

export function useValidActiveDescendant(root: Ref<HTMLElement | null>): void {
  let observer: MutationObserver | null = null
  const clean = (): void => {
    for (const el of root.value?.querySelectorAll('[aria-activedescendant]') ?? []) {
      const id = el.getAttribute('aria-activedescendant') ?? ''
      if (id === '' || document.getElementById(id) === null) el.removeAttribute('aria-activedescendant')
    }
  }
  onMounted(() => {
    if (root.value === null || typeof MutationObserver === 'undefined') return
    clean()
    observer = new MutationObserver(clean)
    observer.observe(root.value, { subtree: true, attributes: true, attributeFilter: ['aria-activedescendant'] })
  })
  onBeforeUnmount(() => observer?.disconnect())
}
