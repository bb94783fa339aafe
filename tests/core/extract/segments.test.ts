import { describe, expect, it } from 'vitest'
import { buildSegments, splitSentence, type TextMark } from '@/core/extract/segments'

const HOSTILE = '<img src=x onerror="window.__xss=1">'
/** Each run as [text, marks joined], for compact expectations. */
const runs = (text: string, marks: TextMark[]) => buildSegments(text, marks).map(s => [s.text, s.marks.join(',')])

describe('buildSegments', () => {
  it.each<[string, string, TextMark[], string[][]]>([
    ['a text without figures is one plain run', '共开展检查', [], [['共开展检查', '']]],
    ['a figure in the middle splits the text in three', '检查76次，处罚', [{ start: 2, end: 5 }], [['检查', ''], ['76次', '0'], ['，处罚', '']]],
    ['a figure at either end leaves no empty run', '76次与5件', [{ start: 0, end: 3 }, { start: 4, end: 6 }], [['76次', '0'], ['与', ''], ['5件', '1']]],
    ['adjacent figures stay separate runs', 'AABB', [{ start: 0, end: 2 }, { start: 2, end: 4 }], [['AA', '0'], ['BB', '1']]],
    ['overlapping figures share the overlap', 'abcdef', [{ start: 1, end: 4 }, { start: 3, end: 5 }], [['a', ''], ['bc', '0'], ['d', '0,1'], ['e', '1'], ['f', '']]],
    ['one figure found for two indicators covers one run listing both', '双100%', [{ start: 1, end: 5 }, { start: 1, end: 5 }], [['双', ''], ['100%', '0,1']]],
    ['a figure inside another nests', 'abcde', [{ start: 0, end: 5 }, { start: 2, end: 3 }], [['ab', '0'], ['c', '0,1'], ['de', '0']]],
  ])('%s', (_name, text, marks, expected) => {
    expect(runs(text, marks)).toEqual(expected)
  })

  it.each<[string, TextMark]>([
    ['empty', { start: 2, end: 2 }],
    ['inverted', { start: 3, end: 1 }],
    ['not a number', { start: Number.NaN, end: 3 }],
    ['wholly outside the text', { start: 40, end: 50 }],
  ])('ignores a mark that is %s', (_name, mark) => {
    expect(runs('abcdef', [mark])).toEqual([['abcdef', '']])
  })

  it('clamps a mark that runs past the end of the text', () => {
    expect(runs('abc', [{ start: 1, end: 99 }])).toEqual([['a', ''], ['bc', '0']])
  })

  it('gives the text back, joined, whatever the marks', () => {
    const text = `${HOSTILE}镇\n开展检查 76 次，罚款1.2万元。`
    const segs = buildSegments(text, [{ start: 3, end: 30 }, { start: 20, end: 45 }, { start: 44, end: 46 }, { start: -5, end: 2 }])
    expect(segs.map(s => s.text).join('')).toBe(text)
    expect(segs.every((s, i) => i === 0 || s.start === segs[i - 1]!.end)).toBe(true)
  })

  it('keeps markup in the text as characters, cut only at the offsets given', () => {
    expect(runs(HOSTILE, [{ start: 0, end: 4 }])).toEqual([['<img', '0'], [' src=x onerror="window.__xss=1">', '']])
  })

  it('gives no run for an empty text', () => {
    expect(buildSegments('', [{ start: 0, end: 1 }])).toEqual([])
  })
})

describe('splitSentence', () => {
  it.each<[string, string, string, [string, string, string] | null]>([
    ['finds the figure in its sentence', '全年开展检查76次。', '76次', ['全年开展检查', '76次', '。']],
    ['matches a figure written across a soft line break', '开展行政检查64次。', '64\n次', ['开展行政检查', '64次', '。']],
    ['gives null when the figure is not in the sentence', '全年开展检查76次。', '77次', null],
    ['gives null for an empty figure', '全年开展检查76次。', '', null],
  ])('%s', (_name, sentence, figure, expected) => {
    expect(splitSentence(sentence, figure)).toEqual(expected)
  })
})
