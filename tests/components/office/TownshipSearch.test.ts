// @vitest-environment happy-dom
// The header's township search: the plain first-screen box gives way to the autocomplete when focused,
// keeping what was typed and the focus; while an input method composes in it (pinyin not yet turned into
// characters), the box stays, and gives way once the composition has ended, with the composed text.
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createI18n } from '@/composables/i18n'
import TownshipSearch from '@/components/office/TownshipSearch.vue'
import zhCN from '@/locales/zh-CN'
import type { SearchEntry } from '@/core/townshipSearch'

const i18n = () => createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })
const router = () => createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { template: '<div />' } }] })
const entries: SearchEntry[] = [{ name: '大同镇' }]

let unmount: (() => void) | null = null
afterEach(() => { unmount?.(); unmount = null })

async function searchBox() {
  // The autocomplete's code, loaded once here, so that a focus below finds it at hand.
  await import('@/components/office/TownshipSearchBox.vue')
  const wrapper = mount(TownshipSearch, { props: { entries }, global: { plugins: [i18n(), router()] }, attachTo: document.body })
  unmount = () => wrapper.unmount()
  return wrapper
}

/** Lets the loaded code's promises and a task or two run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await flushPromises()
    await new Promise(resolve => setTimeout(resolve, 10))
  }
}

const autocomplete = () => document.querySelector<HTMLInputElement>('.township-search__box input')
const plainBox = () => document.querySelector<HTMLInputElement>('[data-testid="township-search"] > .el-autocomplete input')

describe('TownshipSearch', () => {
  it('gives way to the autocomplete on focus, keeping the text typed and the focus', async () => {
    await searchBox()
    const plain = plainBox()
    expect(plain).not.toBeNull()
    plain!.value = 'dtz'
    plain!.dispatchEvent(new Event('input'))
    plain!.focus()
    await settle()
    expect(plainBox()).toBeNull()
    expect(autocomplete()?.value).toBe('dtz')
    expect(document.activeElement).toBe(autocomplete())
  })

  it('stays while an input method composes, then gives way with the composed text', async () => {
    await searchBox()
    const plain = plainBox()!
    plain.dispatchEvent(new CompositionEvent('compositionstart'))
    plain.focus()
    await settle()
    // The code is loaded, but the box holding the composition is still the one on the page.
    expect(plainBox()).toBe(plain)
    expect(autocomplete()).toBeNull()
    plain.value = '大同'
    plain.dispatchEvent(new CompositionEvent('compositionend', { data: '大同' }))
    await settle()
    expect(plainBox()).toBeNull()
    expect(autocomplete()?.value).toBe('大同')
    expect(document.activeElement).toBe(autocomplete())
  })
})
