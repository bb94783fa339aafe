// @vitest-environment happy-dom
// The drop zone on VueUse's useDropZone: files dropped on it are handed over, files dropped beside it
// do not replace the page while it is mounted.
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createI18n } from '@/composables/i18n'
import ImportDropZone from '@/components/data/ImportDropZone.vue'
import zhCN from '@/locales/zh-CN'

// Element Plus's style sheets are side effects Node cannot load; the component's behaviour needs none.
vi.mock('element-plus/es/components/button/style/css', () => ({}))
vi.mock('element-plus/es/components/input/style/css', () => ({}))

const i18n = () => createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })

/** A drag event carrying files, as Chromium builds one (types, items and files). */
function dragEvent(type: string, files: File[] = []): Event {
  const e = new Event(type, { bubbles: true, cancelable: true })
  const items = files.map(f => ({ kind: 'file', type: f.type }))
  Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'], items, files, dropEffect: 'none' } })
  return e
}

/** The zone mounted, once VueUse has attached its listeners (after the next tick). */
async function host() {
  const w = mount(ImportDropZone, { props: { busy: false }, global: { plugins: [i18n()] }, attachTo: document.body })
  await nextTick()
  return w
}

describe('ImportDropZone', () => {
  it('says when files are over the zone and hands over dropped files', async () => {
    const w = await host()
    const zone = w.get('[data-testid="drop-zone"]')
    const f = new File(['x'], 'a.csv', { type: 'text/csv' })
    zone.element.dispatchEvent(dragEvent('dragenter', [f]))
    await nextTick()
    expect(zone.classes().some(c => c.includes('over'))).toBe(true)
    const drop = dragEvent('drop', [f])
    zone.element.dispatchEvent(drop)
    await nextTick()
    expect(drop.defaultPrevented).toBe(true)
    expect(w.emitted('files')).toEqual([[[f]]])
    expect(zone.classes().some(c => c.includes('over'))).toBe(false)
    w.unmount()
  })

  it('keeps a file dropped beside the zone from replacing the page, until unmounted', async () => {
    const w = await host()
    const outside = dragEvent('drop')
    document.body.dispatchEvent(outside)
    expect(outside.defaultPrevented).toBe(true)
    w.unmount()
    const later = dragEvent('drop')
    document.body.dispatchEvent(later)
    expect(later.defaultPrevented).toBe(false)
  })
})
