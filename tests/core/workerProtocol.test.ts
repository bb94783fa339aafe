import { describe, expect, it } from 'vitest'
import { emptyDataset, emptyLog } from '@/core/dataset'
import { ingest } from '@/core/import'
import { chunkArray, createWorkerHandler, isWorkerRequest, isWorkerResponse, StateAssembler, type WireFile, type WorkerRequest, type WorkerResponse } from '@/core/workerProtocol'
import { ctx, registry, townships } from '../helpers/ingest'
import { rowsOf } from '@/core/tableRows'
import { tablePieces } from '@/core/stateChunks'

const wire = (id: string, name: string, text: string, receivedAt = 1): WireFile => {
  const bytes = new TextEncoder().encode(text)
  return { id, name, buffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, receivedAt }
}
const start = (jobId: number, files: WireFile[], extra: Partial<Extract<WorkerRequest, { type: 'start' }>> = {}): WorkerRequest =>
  ({ type: 'start', jobId, files, logFiles: [], indicators: registry.indicators, townships, mappings: [], importedAt: 99, ...extra })

/** A handler whose posts are collected; `until` waits for a message of a type. */
function harness() {
  const posted: WorkerResponse[] = []
  const waiters: { type: string, resolve: (m: WorkerResponse) => void }[] = []
  const handle = createWorkerHandler((msg) => {
    posted.push(msg)
    for (const w of waiters.filter(w => w.type === msg.type)) { w.resolve(msg); waiters.splice(waiters.indexOf(w), 1) }
  })
  const until = (type: WorkerResponse['type']) => new Promise<WorkerResponse>((resolve) => {
    const seen = posted.find(m => m.type === type)
    if (seen) resolve(seen)
    else waiters.push({ type, resolve })
  })
  return { posted, handle, until }
}

const good = '乡镇,年度,行政执法人员数,持行政执法证件人数\n大同镇,2024,20,19\n'

describe('message guards', () => {
  it.each([
    [{ type: 'start', jobId: 1 }, true, false],
    [{ type: 'chunk', jobId: 1 }, false, true],
    [{ type: 'start' }, false, false],
    [{ type: 'evil', jobId: 1 }, false, false],
    [null, false, false],
  ])('tells %j apart (request %s, response %s)', (msg, request, response) => {
    expect(isWorkerRequest(msg)).toBe(request)
    expect(isWorkerResponse(msg)).toBe(response)
  })
})

describe('chunkArray', () => {
  it.each([
    [[], 2, []],
    [[1, 2, 3], 2, [[1, 2], [3]]],
    [[1, 2], 5, [[1, 2]]],
  ])('splits %j by %i into %j', (items, size, expected) => {
    expect(chunkArray(items, size)).toEqual(expected)
  })
})

describe('createWorkerHandler', () => {
  it('posts file progress in order, then the result in chunks, then done', async () => {
    const { posted, handle, until } = harness()
    handle(start(1, [wire('f1', 'good.csv', good, 5), wire('f2', 'bad.json', '{oops')]))
    const done = await until('done')
    // The result's chunks: the table's head and one per column, then the issues (runs of chunks shown once).
    expect(posted.map(m => m.type === 'file-start' || m.type === 'file-done' ? `${m.type}:${m.fileId}` : m.type === 'file-progress' ? `${m.fileId}:${m.fraction}` : m.type === 'chunk' ? `chunk:${m.part}` : m.type)
      .filter((t, i, all) => !t.startsWith('chunk:') || t !== all[i - 1])).toEqual([
      'stage', 'file-start:f1', 'f1:1', 'file-done:f1', 'file-start:f2', 'file-done:f2', 'stage', 'stage', 'chunk:table', 'chunk:logIssues', 'done',
    ])
    expect(done).toMatchObject({ changed: true, reports: [{ file: 'good.csv', status: 'ok', receivedAt: 5, importedAt: 99 }, { file: 'bad.json', status: 'failed' }] })
    const asm = new StateAssembler()
    for (const m of posted) if (m.type === 'chunk') asm.add(m.part, m.items)
    const state = asm.state(done.type === 'done' ? done.logFiles : [])
    expect(rowsOf(state.dataset).map(s => s.values.enforcement_cert_rate)).toEqual([95])
    expect(state.log.files.map(f => f.file)).toEqual(['good.csv', 'bad.json'])
  })

  it('tells how far a large text table is read, chunk by chunk, rising to 1', async () => {
    const { posted, handle, until } = harness()
    const rows = Array.from({ length: 150_000 }, (_, i) => `大同镇,${2000 + (i % 50)},${i % 90},${i % 80}`)
    handle(start(4, [wire('f1', 'big.csv', `乡镇,年度,行政执法人员数,持行政执法证件人数\n${rows.join('\n')}\n`)]))
    await until('done')
    const fractions = posted.flatMap(m => (m.type === 'file-progress' ? [m.fraction] : []))
    expect(fractions.length).toBeGreaterThan(1)
    expect(fractions.every((f, k) => k === 0 || f > fractions[k - 1]!)).toBe(true)
    expect(fractions.at(-1)).toBe(1)
    expect(posted.findIndex(m => m.type === 'file-progress')).toBeLessThan(posted.findIndex(m => m.type === 'file-done'))
  })

  it('sends the rows held for unknown township names in chunks before done', async () => {
    const { posted, handle, until } = harness()
    const rows = Array.from({ length: 2001 }, (_, i) => `未知镇${i},2024,3,2`)
    handle(start(3, [wire('f1', 'unknown.csv', `乡镇,年度,行政执法人员数,持行政执法证件人数\n${rows.join('\n')}\n`)]))
    await until('done')
    const chunks = posted.flatMap(m => (m.type === 'pending' ? [m.items.length] : []))
    expect(chunks).toEqual([2000, 1])
    expect(posted.map(m => m.type).lastIndexOf('pending')).toBe(posted.length - 2)
    expect(posted.at(-1)).toMatchObject({ type: 'done', changed: false })
  })

  it('sends only the log when nothing was accepted', async () => {
    const { posted, handle, until } = harness()
    handle(start(2, [wire('f1', 'bad.json', '{oops')]))
    await until('done')
    expect(posted.filter(m => m.type === 'chunk').map(m => m.type === 'chunk' && m.part)).toEqual(['logIssues'])
    expect(posted.at(-1)).toMatchObject({ type: 'done', changed: false })
  })

  it('starts from the base it was sent and waits for the decision on conflicts', async () => {
    const base = await ingest([{ name: 'old.csv', bytes: new TextEncoder().encode('乡镇,年度,行政检查次数\n大同镇,2024,10\n') }], ctx)
    const { posted, handle, until } = harness()
    for (const piece of tablePieces(base.dataset.table)) handle({ type: 'base', jobId: 3, part: 'table', items: [piece] })
    handle(start(3, [wire('f1', 'new.csv', '乡镇,年度,行政检查次数\n大同镇,2024,12\n')], { logFiles: [...base.log.files] }))
    const asked = await until('conflicts')
    expect(asked.type === 'conflicts' && asked.conflicts.map(c => [c.file, c.entries[0]?.changes[0]?.old, c.entries[0]?.changes[0]?.next])).toEqual([['new.csv', 10, 12]])
    expect(posted.some(m => m.type === 'done')).toBe(false)
    handle({ type: 'decide', jobId: 3, choices: { 'new.csv': 'keep' } })
    const done = await until('done')
    const asm = new StateAssembler()
    for (const m of posted) if (m.type === 'chunk') asm.add(m.part, m.items)
    expect(done).toMatchObject({ changed: false })
    expect(asm.state([]).log.issues.map(i => i.code)).toContain('kept-loaded')
  })

  it('applies learned mappings sent with the job', async () => {
    const { posted, handle, until } = harness()
    handle(start(4, [wire('f1', 'a.csv', '乡镇,年度,综合执法检查\n大同镇,2024,12\n')], { mappings: [{ header: '综合执法检查', indicator: 'inspections' }] }))
    await until('done')
    const asm = new StateAssembler()
    for (const m of posted) if (m.type === 'chunk') asm.add(m.part, m.items)
    const subs = rowsOf(asm.state([]).dataset)
    expect(subs).toEqual([expect.objectContaining({ values: expect.objectContaining({ inspections: 12 }) })])
  })

  it('reports a broken job as failed instead of throwing', async () => {
    const { handle, until } = harness()
    handle(start(5, [], { indicators: [{ id: 'Bad Id' }] as never }))
    await expect(until('failed')).resolves.toMatchObject({ message: expect.stringMatching(/指标库/) })
  })
})

describe('StateAssembler', () => {
  it('rebuilds an empty state from no chunks', () => {
    expect(new StateAssembler().state([])).toEqual({ dataset: emptyDataset, log: emptyLog })
  })
})
