// The printed sheets' header (county, page title, 数据截至, page x of n): a <style> element in the
// document's head holding CSS @page margin boxes (core/printHeader), kept up to date and removed on unmount.
import { onBeforeUnmount, watchEffect } from 'vue'
import { printHeaderCss, type PrintHeaderText } from '@/core/printHeader'

/** Writes the words' @page rules while the calling component is mounted. */
export function usePrintHeader(words: () => PrintHeaderText): void {
  const style = document.createElement('style')
  style.dataset.testid = 'print-header-style'
  document.head.append(style)
  // textContent, never markup: the words are escaped as CSS strings by printHeaderCss.
  watchEffect(() => { style.textContent = printHeaderCss(words()) })
  onBeforeUnmount(() => style.remove())
}
