import { describe, expect, it } from 'vitest'
import {
  annotationProblems, cleanNoteText, concerns, noteMark, notesFor, noteSubject, putAnnotation, readAnnotations, removeAnnotation, townshipNotes, validateAnnotation,
  NOTE_MAX_LENGTH, type Annotation, type AnnotationDraft, type NoteScope,
} from '@/core/annotations'
import { testRegistry } from '../helpers/registry'

const ctx = { townships: ['城关街道', '大同镇', '白马镇'], registry: testRegistry() }
const draft = (part: Partial<AnnotationDraft>): AnnotationDraft => ({ text: '收回执法事项', township: '大同镇', year: 2025, indicator: null, ...part })
const note = (id: string, part: Partial<Annotation>): Annotation => ({ id, text: '备注', township: null, year: null, indicator: null, editedAt: 1, ...part })

describe('cleanNoteText', () => {
  it.each([
    ['  收回执法事项  ', '收回执法事项'],
    ['数据\n口径\t变化', '数据 口径 变化'],
    ['a\u200b\u0007b', 'ab'],
    ['a   \u3000 b', 'a b'],
    ['<b>粗</b>', '<b>粗</b>'],
  ])('makes %j one plain line: %j', (raw, clean) => {
    expect(cleanNoteText(raw)).toBe(clean)
  })
})

describe('annotationProblems', () => {
  it.each<[string, Partial<AnnotationDraft>, string[]]>([
    ['a township in a year', {}, []],
    ['a year only', { township: null, year: 2024, text: '数据口径变化' }, []],
    ['a township only', { year: null }, []],
    ['one indicator', { indicator: 'enforcement_cert_rate' }, []],
    ['60 characters', { text: '字'.repeat(NOTE_MAX_LENGTH) }, []],
    ['60 characters outside the BMP', { text: '𠀀'.repeat(NOTE_MAX_LENGTH) }, []],
    ['61 characters', { text: '字'.repeat(NOTE_MAX_LENGTH + 1) }, ['too-long']],
    ['only blanks', { text: ' \n ' }, ['empty']],
    ['neither township nor year', { township: null, year: null }, ['no-subject']],
    ['a township not on the list', { township: '不存在镇' }, ['unknown-township']],
    ['a year before 2000', { year: 1999 }, ['implausible-year']],
    ['a year after 2100', { year: 2101 }, ['implausible-year']],
    ['a fractional year', { year: 2024.5 }, ['implausible-year']],
    ['an unknown indicator', { indicator: 'nope' }, ['unknown-indicator']],
    ['several problems', { text: '', township: '不存在镇', year: 1900 }, ['empty', 'unknown-township', 'implausible-year']],
  ])('%s: %j', (_name, part, problems) => {
    expect(annotationProblems(draft(part), ctx)).toEqual(problems)
  })
})

describe('validateAnnotation', () => {
  it('keeps the cleaned text, the subject and the id', () => {
    expect(validateAnnotation(draft({ text: ' 收回\n执法事项 ' }), ctx, 'n1', 5)).toEqual({
      accepted: { id: 'n1', text: '收回 执法事项', township: '大同镇', year: 2025, indicator: null, editedAt: 5 }, problems: [],
    })
  })
  it('refuses with the problems and no note', () => {
    expect(validateAnnotation(draft({ text: '' }), ctx, 'n1', 5)).toEqual({ accepted: null, problems: ['empty'] })
  })
})

describe('putAnnotation and removeAnnotation', () => {
  const a = note('a', { year: 2024 })
  const b = note('b', { year: 2025 })
  it.each<[string, Annotation[], Annotation, string[]]>([
    ['adds a new note at the end', [a], b, ['a:备注', 'b:备注']],
    ['replaces the note of the same id in place', [a, b], { ...a, text: '改' }, ['a:改', 'b:备注']],
  ])('%s', (_name, list, put, expected) => {
    expect(putAnnotation(list, put).map(n => `${n.id}:${n.text}`)).toEqual(expected)
  })
  it('removes by id and leaves the input as it was', () => {
    const list = [a, b]
    expect(removeAnnotation(list, 'a')).toEqual([b])
    expect(list).toEqual([a, b])
  })
})

describe('readAnnotations', () => {
  const good = { id: 'a', text: '收回执法事项', township: '大同镇', year: 2025, indicator: null, editedAt: 3 }
  it.each<[string, unknown, string[]]>([
    ['not a list', { id: 'a' }, []],
    ['a good note', [good], ['a']],
    ['a repeated id once', [good, { ...good, text: '又一条' }], ['a']],
    ['without a wrong shape', [good, { ...good, id: 'b', year: '2025' }, null, 'x'], ['a']],
    ['without a township that left the list', [good, { ...good, id: 'b', township: '撤并镇' }], ['a']],
    ['without a note too long', [{ ...good, text: '字'.repeat(61) }], []],
  ])('reads %s', (_name, raw, ids) => {
    expect(readAnnotations(raw, ctx).map(n => n.id)).toEqual(ids)
  })
  it('keeps editedAt 0 when it is missing', () => {
    expect(readAnnotations([{ ...good, editedAt: undefined }], ctx)[0]?.editedAt).toBe(0)
  })
})

describe('concerns and notesFor', () => {
  const scope: NoteScope = { years: [2025], indicators: ['enforcement_cert_rate'] }
  it.each<[string, Partial<Annotation>, NoteScope, boolean]>([
    ['a township-year note of the year', { township: '大同镇', year: 2025 }, scope, true],
    ['a note of another year', { township: '大同镇', year: 2024 }, scope, false],
    ['a year note', { year: 2025 }, scope, true],
    ['a township note (every year)', { township: '大同镇' }, scope, true],
    ['a note of the chart\'s indicator', { year: 2025, indicator: 'enforcement_cert_rate' }, scope, true],
    ['a note of another indicator', { year: 2025, indicator: 'penalty_cases' }, scope, false],
    ['any indicator\'s note on a chart of every indicator', { year: 2025, indicator: 'penalty_cases' }, { years: [2025], indicators: [] }, true],
    ['a trend: any of its years', { year: 2023 }, { years: [2022, 2023, 2024], indicators: [] }, true],
    ['a township the chart does not draw', { township: '白马镇', year: 2025 }, { ...scope, townships: ['大同镇'] }, false],
  ])('%s: %s', (_name, part, s, expected) => {
    expect(concerns(note('x', part), s)).toBe(expected)
  })

  it('orders year notes first, then townships in list order, and numbers them', () => {
    const list = [note('c', { township: '白马镇', year: 2025, text: '丙' }), note('b', { township: '大同镇', text: '乙' }), note('a', { year: 2025, text: '甲' }), note('d', { year: 2024 })]
    expect(notesFor(list, scope, ctx.townships).map(n => `${n.mark}${n.text}`)).toEqual(['①甲', '②乙', '③丙'])
  })
})

describe('noteMark', () => {
  it.each([[1, '①'], [20, '⑳'], [21, '[21]']])('%i → %s', (n, mark) => {
    expect(noteMark(n)).toBe(mark)
  })
})

describe('townshipNotes and noteSubject', () => {
  it('lists one township\'s notes, newest year first, the yearless last', () => {
    const list = [note('a', { township: '大同镇', year: 2024 }), note('b', { township: '大同镇' }), note('c', { township: '白马镇', year: 2025 }), note('d', { township: '大同镇', year: 2025 }), note('e', { year: 2025 })]
    expect(townshipNotes(list, '大同镇').map(n => n.id)).toEqual(['d', 'a', 'b'])
  })
  it.each<[Partial<Annotation>, string]>([
    [{ township: '大同镇', year: 2025 }, '大同镇 · 2025'],
    [{ year: 2024 }, '2024'],
    [{ township: '大同镇', indicator: 'x' }, '大同镇 · [x]'],
  ])('%j is said %s', (part, words) => {
    expect(noteSubject(note('n', part), id => `[${id}]`)).toBe(words)
  })
})
