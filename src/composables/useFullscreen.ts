// Full screen for the slide show (Fullscreen API). Leaving full screen by the browser's own Esc is
// reported through `onExit`, so the slide show can end with it.
import { getCurrentScope, onScopeDispose, ref } from 'vue'

export interface UseFullscreenOptions {
  /** Called when full screen ends, by the user or the browser. */
  onExit?: () => void
}

export function useFullscreen(opts: UseFullscreenOptions = {}) {
  const isSupported = typeof document !== 'undefined' && document.fullscreenEnabled === true
  const isFullscreen = ref(false)

  function onChange(): void {
    const now = document.fullscreenElement !== null
    if (isFullscreen.value && !now) opts.onExit?.()
    isFullscreen.value = now
  }
  if (typeof document !== 'undefined') document.addEventListener('fullscreenchange', onChange)

  /** Asks for full screen on `el` (needs a user gesture); false when refused or unsupported. */
  async function enter(el: Element = document.documentElement): Promise<boolean> {
    if (!isSupported) return false
    try {
      await el.requestFullscreen({ navigationUI: 'hide' })
      return true
    } catch (e) {
      console.warn('full screen refused', e)
      return false
    }
  }

  async function exit(): Promise<void> {
    if (typeof document === 'undefined' || document.fullscreenElement === null) return
    try {
      await document.exitFullscreen()
    } catch (e) {
      console.warn('could not leave full screen', e)
    }
  }

  function stop(): void {
    if (typeof document !== 'undefined') document.removeEventListener('fullscreenchange', onChange)
  }
  if (getCurrentScope()) onScopeDispose(() => { stop(); void exit() })

  return { isSupported, isFullscreen, enter, exit, stop }
}
