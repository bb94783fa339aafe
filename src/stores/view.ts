// What the user is looking at: year and locale (more view state comes with the dashboard pages).
import { defineStore } from 'pinia'
import { ref } from 'vue'

export const useViewStore = defineStore('view', () => {
  /** Selected report year; null = the latest year in the data. */
  const year = ref<number | null>(null)
  return { year }
})
