// The JSON Schema shipped in public/ describes what the reader accepts.
import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import schema from '../../public/submission.schema.json'

const validate = new Ajv2020({ strict: false }).compile(schema)

describe('public/submission.schema.json', () => {
  it('accepts the bundled JSON example', () => {
    const doc = JSON.parse(readFileSync(new URL('../../data/examples/submissions.json', import.meta.url), 'utf8'))
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true)
  })

  it.each([
    ['an array of wide records', [{ township: '大同镇', year: 2024, 行政检查次数: 76, '罚没金额（万元）': '1.2' }]],
    ['one submission', { township: '大同镇', year: '2024年', values: { inspections: null, penalty_cases: '无' } }],
  ])('accepts %s', (_name, doc) => {
    expect(validate(doc)).toBe(true)
  })

  it.each([
    ['a record without a township', [{ year: 2024, inspections: 1 }]],
    ['a list value', { township: '大同镇', year: 2024, values: { inspections: [1, 2] } }],
    ['a number as the document', 5],
  ])('rejects %s', (_name, doc) => {
    expect(validate(doc)).toBe(false)
  })
})
