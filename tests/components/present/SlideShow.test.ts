// @vitest-environment happy-dom
// The slide show on VueUse's useWakeLock and useFullscreen: the warning shows where the browser cannot
// keep the screen awake, the lock is asked for where it can, and the browser's own exit from full screen ends the show.
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createI18n } from '@/composables/i18n'
import SlideShow from '@/components/present/SlideShow.vue'
import zhCN from '@/locales/zh-CN'

const i18n = () => createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })
const show = () => mount(SlideShow, { props: { slides: [], unavailable: '', index: 0 }, global: { plugins: [i18n()] }, attachTo: document.body })
const WARNING = zhCN.present.show.wakeLockOff

afterEach(() => { Reflect.deleteProperty(navigator, 'wakeLock') })

describe('SlideShow', () => {
  it.each([
    ['without the Wake Lock API', false, true],
    ['with the Wake Lock API', true, false],
  ])('%s: warns %s → %s', async (_, supported, warns) => {
    const request = vi.fn(async () => Object.assign(new EventTarget(), { type: 'screen', released: false, release: async () => {} }))
    if (supported) Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true })
    const w = show()
    await flushPromises()
    expect(w.text().includes(WARNING)).toBe(warns)
    expect(request.mock.calls).toEqual(supported ? [['screen']] : [])
    w.unmount()
  })

  it('ends when the browser leaves full screen', async () => {
    let element: Element | null = null
    Object.defineProperty(document, 'fullscreenElement', { get: () => element, configurable: true })
    Object.defineProperty(document, 'webkitIsFullScreen', { get: () => element !== null, configurable: true })
    HTMLElement.prototype.requestFullscreen = async function (this: HTMLElement) {
      element = document.querySelector('[data-testid="slide-show"]')
      document.dispatchEvent(new Event('fullscreenchange'))
    }
    document.exitFullscreen = async () => { element = null; document.dispatchEvent(new Event('fullscreenchange')) }
    const w = show()
    await flushPromises()
    expect(element).toBe(w.element)
    expect(w.emitted('exit')).toBeUndefined()
    await document.exitFullscreen()
    await flushPromises()
    expect(w.emitted('exit')).toHaveLength(1)
    w.unmount()
  })
})
