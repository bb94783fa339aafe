import { describe, expect, it, vi } from 'vitest'
import { emptyDataset, emptyLog } from '@/core/dataset'
import type { ImportFile, ImportHooks, ImportInput } from '@/core/import'
import { runImport } from '@/core/import'
import { createWorkerHandler, type WorkerRequest } from '@/core/workerProtocol'
import { createWorkerEngine, type WorkerLike } from '@/composables/workerEngine'
import { registry, townships } from '../helpers/ingest'
import { rowsOf } from '@/core/tableRows'

/** A worker that runs the real worker logic in this thread, passing messages through structured clones. */
function fakeWorker(log: WorkerRequest[] = []): () => WorkerLike & { terminated: boolean } {
  return () => {
    const w: WorkerLike & { terminated: boolean } = {
      terminated: false, onmessage: null, onerror: null,
      terminate: () => { w.terminated = true },
      postMessage: (msg) => { log.push(msg); setTimeout(() => handle(structuredClone(msg))) },
    }
    const handle = createWorkerHandler(msg => setTimeout(() => w.onmessage?.({ data: structuredClone(msg) } as MessageEvent)))
    return w
  }
}

const file = (name: string, text: string): ImportFile => ({ id: name, name, bytes: new TextEncoder().encode(text), receivedAt: 3 })
const input = (files: ImportFile[], extra: Partial<ImportInput> = {}): ImportInput =>
  ({ files, base: { dataset: emptyDataset, log: emptyLog }, registry, townships, mappings: [], importedAt: 9, ...extra })
const hooks = (extra: Partial<ImportHooks> = {}): ImportHooks => ({ decide: async () => ({}), ...extra })

describe('createWorkerEngine', () => {
  it('gives the same result as the in-process import, with progress along the way', async () => {
    const engine = createWorkerEngine({ createWorker: fakeWorker() })!
    const files = [file('a.csv', '乡镇,年度,行政执法人员数,持行政执法证件人数\n大同镇,2024,20,19\n'), file('b.json', '{bad')]
    const stages: string[] = []
    const progress: number[] = []
    const done: string[] = []
    const result = await engine.run(input(files), hooks({ onStage: s => stages.push(s), onProgress: f => progress.push(f), onFileDone: id => done.push(id) }))
    const expected = await runImport(input(files), hooks())
    expect(result.dataset).toEqual(expected.dataset)
    expect(result.log).toEqual(expected.log)
    expect(stages).toEqual(['reading', 'merging', 'receiving'])
    expect(done).toEqual(['a.csv', 'b.json'])
    expect(progress.at(-1)).toBe(1)
  })

  it('sends the loaded data before the files, and never detaches the caller’s bytes', async () => {
    const sent: WorkerRequest[] = []
    const engine = createWorkerEngine({ createWorker: fakeWorker(sent) })!
    const base = await runImport(input([file('a.csv', '乡镇,年度,行政检查次数\n大同镇,2024,10\n')]), hooks())
    const f = file('b.csv', '乡镇,年度,行政检查次数\n龙泉镇,2024,3\n')
    await engine.run(input([f], { base }), hooks())
    // The base table in pieces (head, then a column each), then the files.
    expect(sent.map(m => m.type).filter((t, i, all) => t !== all[i - 1])).toEqual(['base', 'start'])
    expect(sent.filter(m => m.type === 'base').length).toBe(1 + base.dataset.table.ids.length)
    expect(f.bytes.byteLength).toBeGreaterThan(0)
  })

  it('returns the base dataset itself when nothing was accepted', async () => {
    const engine = createWorkerEngine({ createWorker: fakeWorker() })!
    const base = await runImport(input([file('a.csv', '乡镇,年度,行政检查次数\n大同镇,2024,10\n')]), hooks())
    const result = await engine.run(input([file('bad.csv', '乡镇,年度,行政检查次数\n,x,1\n')], { base }), hooks())
    expect(result.changed).toBe(false)
    expect(result.dataset).toBe(base.dataset)
  })

  it('passes conflicts to decide and the choice back to the worker', async () => {
    const engine = createWorkerEngine({ createWorker: fakeWorker() })!
    const base = await runImport(input([file('a.csv', '乡镇,年度,行政检查次数\n大同镇,2024,10\n')]), hooks())
    const decide = vi.fn(async () => ({ 'b.csv': 'keep' as const }))
    const result = await engine.run(input([file('b.csv', '乡镇,年度,行政检查次数\n大同镇,2024,12\n')], { base }), hooks({ decide }))
    expect(decide).toHaveBeenCalledOnce()
    expect(rowsOf(result.dataset)[0]?.values.inspections).toBe(10)
  })

  it('rejects with the reason when the worker fails, and ends the worker', async () => {
    const make = fakeWorker()
    let made: ReturnType<typeof make> | undefined
    const engine = createWorkerEngine({ createWorker: () => (made = make()) })!
    await expect(engine.run(input([], { registry: { ...registry, indicators: [{ id: 'Bad' }] as never } }), hooks())).rejects.toThrow(/指标库/)
    expect(made?.terminated).toBe(true)
  })
})

describe('createWorkerEngine without a working worker', () => {
  it.each([
    ['cannot be created', () => { throw new Error('SecurityError') }],
    ['fails before saying anything', () => {
      const w: WorkerLike = { onmessage: null, onerror: null, terminate: () => undefined, postMessage: () => { setTimeout(() => w.onerror?.({ message: 'x' } as ErrorEvent)) } }
      return w
    }],
  ])('runs the job in-process when the worker %s', async (_, createWorker) => {
    const engine = createWorkerEngine({ createWorker })!
    const result = await engine.run(input([file('a.csv', '乡镇,年度,行政检查次数\n大同镇,2024,10\n')]), hooks())
    expect(rowsOf(result.dataset)).toHaveLength(1)
  })
})
