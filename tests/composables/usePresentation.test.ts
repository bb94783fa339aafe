import { describe, expect, it } from 'vitest'
import { slideKeyAction } from '@/composables/usePresentation'

describe('slideKeyAction', () => {
  it.each([
    ['ArrowRight', 'next'], ['ArrowDown', 'next'], ['PageDown', 'next'], [' ', 'next'],
    ['ArrowLeft', 'prev'], ['ArrowUp', 'prev'], ['PageUp', 'prev'], ['Backspace', 'prev'],
    ['Home', 'first'], ['End', 'last'], ['Escape', 'exit'], ['Enter', null], ['a', null], ['Tab', null],
    ['b', 'black'], ['B', 'black'], ['.', 'black'], ['w', 'white'], ['W', 'white'], [',', 'white'],
  ])('turns %j into %s', (key, action) => {
    expect(slideKeyAction(key)).toBe(action)
  })
})
