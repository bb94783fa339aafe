// Slide-show controls: the keys presentation clickers send (← → space PageUp PageDown, Home/End,
// Esc leaves), PowerPoint's blank-screen keys (B or . black, W or , white; any key returns), the
// slide index within the deck, and an idle flag that hides the cursor.
import { getCurrentScope, onScopeDispose, ref, watch, type Ref } from 'vue'

/** Milliseconds without mouse movement after which the cursor hides. */
export const IDLE_MS = 2500

// Enter is left to focused buttons (leave, previous, next).
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'n', 'N'])
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P'])

const BLACK = new Set(['b', 'B', '.'])
const WHITE = new Set(['w', 'W', ','])

export type SlideKeyAction = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'black' | 'white' | null
/** A blanked screen: black or white; null shows the slide. */
export type BlankScreen = 'black' | 'white' | null

/** What a key does in the slide show; null for keys it leaves alone. */
export function slideKeyAction(key: string): SlideKeyAction {
  if (BLACK.has(key)) return 'black'
  if (WHITE.has(key)) return 'white'
  if (NEXT.has(key)) return 'next'
  if (PREV.has(key)) return 'prev'
  if (key === 'Home') return 'first'
  if (key === 'End') return 'last'
  if (key === 'Escape' || key === 'Esc') return 'exit'
  return null
}

export interface UsePresentationOptions {
  /** Number of slides. */
  count: Ref<number>
  /** Index of the slide shown (0-based), kept within the deck. */
  index: Ref<number>
  onExit: () => void
}

/** Listens on the window while the calling scope lives; returns navigation and the idle flag. */
export function usePresentation({ count, index, onExit }: UsePresentationOptions) {
  const idle = ref(false)
  const blank = ref<BlankScreen>(null)
  let idleTimer: ReturnType<typeof setTimeout> | undefined

  const go = (i: number) => { index.value = Math.max(0, Math.min(count.value - 1, i)) }
  const next = () => go(index.value + 1)
  const prev = () => go(index.value - 1)
  watch(count, () => go(index.value))

  function onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    // As in PowerPoint, any key on a blank screen brings the slide back and does nothing else.
    if (blank.value !== null) {
      if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return
      e.preventDefault()
      blank.value = null
      return
    }
    const action = slideKeyAction(e.key)
    if (action === null) return
    e.preventDefault()
    if (action === 'black' || action === 'white') blank.value = action
    else if (action === 'next') next()
    else if (action === 'prev') prev()
    else if (action === 'first') go(0)
    else if (action === 'last') go(count.value - 1)
    else onExit()
  }

  function wake(): void {
    idle.value = false
    clearTimeout(idleTimer)
    idleTimer = setTimeout(() => { idle.value = true }, IDLE_MS)
  }

  window.addEventListener('keydown', onKey)
  window.addEventListener('mousemove', wake)
  wake()

  function stop(): void {
    window.removeEventListener('keydown', onKey)
    window.removeEventListener('mousemove', wake)
    clearTimeout(idleTimer)
  }
  if (getCurrentScope()) onScopeDispose(stop)

  return { idle, blank, next, prev, first: () => go(0), last: () => go(count.value - 1), stop }
}
