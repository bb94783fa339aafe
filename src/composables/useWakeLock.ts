// Keeps the screen awake during a presentation (Screen Wake Lock API), taking the lock again when
// the page becomes visible (the browser drops it when the tab is hidden). Released on dispose.
import { getCurrentScope, onScopeDispose, ref } from 'vue'

export function useWakeLock() {
  const isSupported = typeof navigator !== 'undefined' && 'wakeLock' in navigator
  const active = ref(false)
  let sentinel: WakeLockSentinel | null = null
  let wanted = false

  async function acquire(): Promise<void> {
    if (!isSupported || !wanted || sentinel !== null || document.visibilityState !== 'visible') return
    try {
      sentinel = await navigator.wakeLock.request('screen')
      active.value = true
      sentinel.addEventListener('release', () => {
        sentinel = null
        active.value = false
      })
    } catch (e) {
      // Refused (battery saver, permissions policy): the presentation goes on without it.
      console.warn('screen wake lock refused', e)
      active.value = false
    }
  }

  function onVisibility(): void {
    void acquire()
  }

  /** Keeps the screen awake until release(). */
  async function request(): Promise<void> {
    wanted = true
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility)
    await acquire()
  }

  async function release(): Promise<void> {
    wanted = false
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility)
    const held = sentinel
    sentinel = null
    active.value = false
    if (held) await held.release().catch((e: unknown) => console.warn('wake lock release failed', e))
  }

  if (getCurrentScope()) onScopeDispose(() => { void release() })
  return { isSupported, active, request, release }
}
