import { describe, expect, it } from 'vitest'
import { chartFileName, safeFileStem, uniqueFileNames } from '@/core/fileNames'

describe('chartFileName', () => {
  it.each([
    [{ year: 2024, subject: '行政执法人员持证率', kind: '排名' }, 'png', '2024-行政执法人员持证率-排名.png'],
    [{ year: null, subject: '行政执法人员持证率', kind: '排名' }, 'svg', '行政执法人员持证率-排名.svg'],
    [{ year: 2024, subject: '行政处罚案件数（件/万人）', kind: '' }, '.PNG', '2024-行政处罚案件数（件／万人）.png'],
    [{ year: '2024', subject: '  ', kind: '热力图' }, 'png', '2024-热力图.png'],
  ])('names %j as %s → %s', (parts, ext, name) => {
    expect(chartFileName(parts, ext)).toBe(name)
  })
})

describe('safeFileStem', () => {
  it.each([
    ['forbidden characters as full-width twins', 'a<b>c:d"e/f\\g|h?i*j', 'a＜b＞c：d＂e／f＼g｜h？i＊j'],
    ['control characters and line breaks as one space', 'a\tb\n\nc\u0000d', 'a b c d'],
    ['trailing dots and spaces dropped', '  报告.. ', '报告'],
    ['a reserved device name made harmless', 'CON', 'CON_'],
    ['a reserved name with digits made harmless', 'com1', 'com1_'],
    ['a name with nothing printable replaced', ' ... ', '图表'],
    ['a hostile township name', '<img src=x onerror=alert(1)>', '＜img src=x onerror=alert(1)＞'],
  ])('keeps %s', (_, input, stem) => {
    expect(safeFileStem(input)).toBe(stem)
  })

  it('cuts long names at whole characters', () => {
    const stem = safeFileStem('持证率'.repeat(50), 10)
    expect([...stem]).toHaveLength(10)
    expect(stem).toBe('持证率持证率持证率持')
  })
})

describe('uniqueFileNames', () => {
  it('numbers later duplicates, ignoring case, and keeps the order', () => {
    expect(uniqueFileNames(['a.png', 'b.png', 'A.png', 'a.png', 'a (2).png'])).toEqual(['a.png', 'b.png', 'A (2).png', 'a (3).png', 'a (2) (2).png'])
  })
})
