// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { useFileDrop } from '@/composables/useFileDrop'

function dragEvent(type: string, files: File[] = []): Event {
  const e = new Event(type, { bubbles: true, cancelable: true })
  Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'], files } })
  return e
}

function host(onDrop: (files: File[]) => void) {
  return mount(defineComponent({
    setup() {
      const zone = ref<HTMLElement | null>(null)
      const { isOver } = useFileDrop(zone, { onDrop })
      return () => h('div', { ref: zone, 'data-over': String(isOver.value) })
    },
  }), { attachTo: document.body })
}

describe('useFileDrop', () => {
  it('says when files are over the zone and hands over dropped files', async () => {
    const onDrop = vi.fn()
    const w = host(onDrop)
    w.element.dispatchEvent(dragEvent('dragenter'))
    await w.vm.$nextTick()
    expect(w.attributes('data-over')).toBe('true')
    const f = new File(['x'], 'a.csv')
    const drop = dragEvent('drop', [f])
    w.element.dispatchEvent(drop)
    await w.vm.$nextTick()
    expect(drop.defaultPrevented).toBe(true)
    expect(onDrop).toHaveBeenCalledWith([f])
    expect(w.attributes('data-over')).toBe('false')
    w.unmount()
  })

  it('keeps a file dropped beside the zone from replacing the page, until unmounted', () => {
    const w = host(vi.fn())
    const outside = dragEvent('drop')
    document.body.dispatchEvent(outside)
    expect(outside.defaultPrevented).toBe(true)
    w.unmount()
    const later = dragEvent('drop')
    document.body.dispatchEvent(later)
    expect(later.defaultPrevented).toBe(false)
  })
})
