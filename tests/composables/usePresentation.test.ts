import { describe, expect, it } from 'vitest'
import { slideKeyAction } from '@/composables/usePresentation'

describe('slideKeyAction', () => {
  it.each([
    ['ArrowRight', 'next'], ['ArrowDown', 'next'], ['PageDown', 'next'], [' ', 'next'],
    ['ArrowLeft', 'prev'], ['ArrowUp', 'prev'], ['PageUp', 'prev'], ['Backspace', 'prev'],
    ['Home', 'first'], ['End', 'last'], ['Escape', 'exit'], ['Enter', null], ['a', null], ['Tab', null],
  ])('turns %j into %s', (key, action) => {
    expect(slideKeyAction(key)).toBe(action)
  })
})
