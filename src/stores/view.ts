// What the user is looking at: year, indicators, townships, normalization, theme, peer group. Mirrored in the URL.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { defaultViewState, type Normalization, type PeerFilter, type ThemeName, type ViewState } from '@/core/viewState'

export const useViewStore = defineStore('view', () => {
  const d = defaultViewState()
  const year = ref<number | null>(d.year)
  const indicators = ref<string[]>(d.indicators)
  const townships = ref<string[]>(d.townships)
  const normalization = ref<Normalization>(d.normalization)
  const theme = ref<ThemeName>(d.theme)
  const peer = ref<PeerFilter>(d.peer)

  function snapshot(): ViewState {
    return { year: year.value, indicators: [...indicators.value], townships: [...townships.value], normalization: normalization.value, theme: theme.value, peer: peer.value }
  }

  function apply(s: ViewState) {
    year.value = s.year
    indicators.value = s.indicators
    townships.value = s.townships
    normalization.value = s.normalization
    theme.value = s.theme
    peer.value = s.peer
  }

  /** Makes `id` the primary indicator, keeping the others after it. */
  function setIndicator(id: string) {
    indicators.value = [id, ...indicators.value.filter(x => x !== id)]
  }

  function toggleTownship(name: string) {
    townships.value = townships.value.includes(name) ? townships.value.filter(t => t !== name) : [...townships.value, name]
  }

  return { year, indicators, townships, normalization, theme, peer, snapshot, apply, setIndicator, toggleTownship }
})
