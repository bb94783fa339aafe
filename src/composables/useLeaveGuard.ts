// Asks before the clerk leaves with work not finished: the browser's own question when the tab is
// closed or reloaded (beforeunload; the text is the browser's), and the page's question when a
// route change leaves the current page. While mounted only.
import 'element-plus/es/components/message-box/style/css'
import { ElMessageBox } from 'element-plus'
import { onBeforeUnmount, onMounted } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'

export interface LeaveGuard {
  /** Is there something the clerk would lose track of? */
  pending: () => boolean
  /** Runs before the page may go (e.g. writes pending saves). */
  beforeLeave?: () => void
  /** The in-page question when leaving by a route change; null means go without asking. */
  question: () => { title: string, message: string, ok: string, cancel: string } | null
}

export function useLeaveGuard(guard: LeaveGuard): void {
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    guard.beforeLeave?.()
    if (!guard.pending()) return
    e.preventDefault()
    e.returnValue = ''
  }
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload))
  onBeforeRouteLeave(async () => {
    guard.beforeLeave?.()
    const q = guard.pending() ? guard.question() : null
    if (!q) return true
    try {
      await ElMessageBox.confirm(q.message, q.title, { confirmButtonText: q.ok, cancelButtonText: q.cancel, type: 'warning' })
      return true
    } catch {
      return false
    }
  })
}
