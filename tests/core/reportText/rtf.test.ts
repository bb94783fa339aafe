import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { rtfToPlain, rtfToText } from '@/core/reportText/rtf'

/** GBK bytes as \'hh escapes, the way Word on Chinese Windows writes them. */
const gbk = (s: string) => [...iconv.encode(s, 'gbk')].map(b => `\\'${b.toString(16).padStart(2, '0')}`).join('')
const bytes = (s: string) => new TextEncoder().encode(s)

describe('rtfToText', () => {
  it.each([
    ['GBK bytes under \\ansicpg936', `{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 ${gbk('宋体')};}}\\f0 ${gbk('开展检查76次')}\\par}`, '开展检查76次'],
    ['a GBK font in a Western document (\\fcharset134)', `{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}{\\f1\\fcharset134 SimSun;}}\\f0 Total: \\f1 ${gbk('罚款')}\\f0  5\\par}`, 'Total: 罚款 5'],
    ['\\uN with one fallback character skipped (\\uc1)', '{\\rtf1\\ansi\\uc1 \\u22823?\\u21516?\\u-27321?\\par}', '大同镇'],
    ['\\uN with \\uc0', '{\\rtf1\\ansi{\\uc0 \\u27861\\u27835}\\par}', '法治'],
    ['\\uN whose fallback is a \\\'hh byte pair counted as two with \\uc2', `{\\rtf1\\ansi\\ansicpg936\\uc2 \\u26816${gbk('检')}\\u26597${gbk('查')}\\par}`, '检查'],
    ['skipped: colours, styles, info, pictures, headers, \\* destinations, field codes', '{\\rtf1\\ansi{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}{\\info{\\title Draft 9}}{\\header page 7}{\\*\\generator Word 12;}{\\pict\\pngblip 89504e47}Body {\\field{\\*\\fldinst PAGE}{\\fldrslt 3}} end\\par}', 'Body 3 end'],
    ['escapes, tabs, cells and rows, typographic symbols', '{\\rtf1\\ansi a\\{b\\}c\\\\d\\tab e\\cell f\\row \\ldblquote g\\rdblquote\\emdash h\\~i\\par}', 'a{b}c\\d\te\tf\n“g”—h i'],
    ['cp1252 bytes of a Western document', "{\\rtf1\\ansi\\ansicpg1252 \\'93ok\\'94 caf\\'e9\\par}", '“ok” café'],
    ['\\line is a line break, empty paragraphs go', '{\\rtf1\\ansi one\\line two\\par\\par\\pard three\\par}', 'one\ntwo\nthree'],
  ])('%s', (_label, source, text) => {
    expect(rtfToText(bytes(source))).toEqual({ text })
  })

  it('refuses a file that is no RTF', () => {
    expect(rtfToPlain('plain text')).toBeNull()
    expect((rtfToText(bytes('hello')) as { error: string }).error).toContain('RTF')
  })
})
