// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { effectScope, ref, shallowRef } from 'vue'
import type { ChartEntry } from '@/charts/catalog'
import { nextJob, useDeferredEntry, type EntrySource } from '@/composables/useDeferredDraw'

const job = (name: string, visible: boolean, order: number) => ({ name, visible: () => visible, order })

describe('nextJob', () => {
  it.each([
    ['nothing queued', [], null],
    ['the first queued when none is visible', [job('a', false, 2), job('b', false, 1)], 'b'],
    ['a visible one before any earlier off screen', [job('a', false, 1), job('b', true, 3), job('c', true, 2)], 'c'],
    ['the visible one, wherever it is in the list', [job('a', true, 9), job('b', false, 1)], 'a'],
  ] as const)('%s', (_, jobs, name) => {
    expect(nextJob(jobs)?.name ?? null).toBe(name)
  })
})

const entry = (title: string) => ({ title }) as unknown as ChartEntry

function deferred(source: () => EntrySource) {
  const scope = effectScope()
  const d = scope.run(() => useDeferredEntry(source, ref(null)))!
  return { ...d, stop: () => scope.stop() }
}

describe('useDeferredEntry', () => {
  it('takes a plain entry at once, and nothing as nothing', () => {
    const source = shallowRef<EntrySource>(entry('排名'))
    const d = deferred(() => source.value)
    expect(d.entry.value?.title).toBe('排名')
    expect(d.pending.value).toBe(false)
    source.value = null
    expect(d.entry.value).toBeNull()
    d.stop()
  })

  it('computes a lazy entry on its turn, and again on its turn after what it read has changed', async () => {
    const year = ref(2024)
    const calls: number[] = []
    const d = deferred(() => () => { calls.push(year.value); return entry(`热力图 ${year.value}`) })
    expect(d.pending.value).toBe(true)
    expect(d.entry.value).toBeNull()
    expect(calls).toEqual([])
    await vi.waitFor(() => expect(d.pending.value).toBe(false))
    expect(d.entry.value?.title).toBe('热力图 2024')
    year.value = 2023
    // Queued, not computed: the old entry stays until the turn comes.
    expect(d.pending.value).toBe(true)
    expect(d.entry.value?.title).toBe('热力图 2024')
    await vi.waitFor(() => expect(d.entry.value?.title).toBe('热力图 2023'))
    expect(d.pending.value).toBe(false)
    expect(calls).toEqual([2024, 2023])
    d.stop()
  })

  it('computes a waiting entry at once when flushed (an export needs it), and only once', async () => {
    let calls = 0
    const d = deferred(() => () => { calls++; return entry('散点') })
    d.flush()
    expect(d.entry.value?.title).toBe('散点')
    expect(d.pending.value).toBe(false)
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(calls).toBe(1)
    d.stop()
  })

  it('stops with its component: a change after it is not computed', async () => {
    const year = ref(2024)
    let calls = 0
    const d = deferred(() => () => { calls++; return entry(String(year.value)) })
    d.flush()
    d.stop()
    year.value = 2020
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(calls).toBe(1)
    expect(d.entry.value?.title).toBe('2024')
  })
})
