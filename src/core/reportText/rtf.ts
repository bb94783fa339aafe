// Rich Text Format (.rtf, from Word, WPS or WordPad) → text, by a small parser of its groups and
// control words. Text comes as plain characters, \uN (with \ucN fallback characters skipped) and
// \'hh bytes in the code page of the current font (\fcharset134 = GBK) or of the document
// (\ansicpg936); tables of fonts, colours and styles, pictures, objects, headers and footers, field
// codes and every \* destination we do not know are skipped. Paragraphs are lines.
import { coded } from '../messages/chinese'
import type { Message } from '../messages/render'
import { cp1252 } from './cp1252'

const MESSAGE: Message = { code: 'report-rtf-unreadable' }

const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'footer', 'headerl', 'headerr', 'headerf', 'footerl', 'footerr', 'footerf',
  'footnote', 'annotation', 'fldinst', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'xmlnstbl', 'themedata', 'colorschememapping',
  'datastore', 'latentstyles', 'generator', 'pgdsctbl', 'bkmkstart', 'bkmkend', 'shpinst', 'nonshppict', 'atnid', 'atnauthor', 'filetbl',
  'docvar', 'template', 'userprops', 'ftnsep', 'ftnsepc', 'aftnsep', 'aftnsepc', 'pnseclvl', 'protusertbl', 'listpicture', 'fontemb', 'mmathPr',
  'wgrffmtfilter', 'pgptbl', 'passwordhash', 'xform', 'defchp', 'defpap', 'tc', 'txe', 'xe', 'blipuid', 'panose', 'falt',
])
const SYMBOLS: Readonly<Record<string, string>> = {
  par: '\n', line: '\n', sect: '\n', page: '\n', row: '\n', tab: '\t', cell: '\t', nestcell: '\t',
  emdash: '—', endash: '–', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•', emspace: '\u2003', enspace: '\u2002',
}
/** \fcharset → the code page of its \'hh bytes; 0 (ANSI) and 1 (default) use the document's. */
const CHARSETS: Readonly<Record<number, string>> = { 128: 'shift_jis', 129: 'euc-kr', 134: 'gbk', 136: 'big5', 161: 'windows-1253', 162: 'windows-1254', 204: 'windows-1251', 238: 'windows-1250' }
const CODE_PAGES: Readonly<Record<number, string>> = { 936: 'gbk', 54936: 'gb18030', 950: 'big5', 932: 'shift_jis', 949: 'euc-kr', 65001: 'utf-8' }

interface Group { skip: boolean, uc: number, font: number | null, inFontTable: boolean }

const decoders = new Map<string, TextDecoder>()
function decoderFor(label: string): TextDecoder {
  let d = decoders.get(label)
  if (!d) {
    try { d = new TextDecoder(label) } catch { d = new TextDecoder('windows-1252') }
    decoders.set(label, d)
  }
  return d
}

/** RTF source (read as Latin-1: RTF is 7-bit) → text, one paragraph a line; null when it is no RTF. */
export function rtfToPlain(source: string): string | null {
  if (!/^\s*\{\\rtf/u.test(source)) return null
  let docCodePage = 'windows-1252'
  const fontCharset = new Map<number, number>()
  let out = ''
  let bytes: number[] = []
  let state: Group = { skip: false, uc: 1, font: null, inFontTable: false }
  const stack: Group[] = []
  let skipFallback = 0
  let tableFont: number | null = null
  const label = () => {
    const cs = state.font === null ? undefined : fontCharset.get(state.font)
    return cs !== undefined && CHARSETS[cs] ? CHARSETS[cs] as string : docCodePage
  }
  const flush = () => {
    if (bytes.length === 0) return
    const code = label()
    out += code === 'windows-1252' ? cp1252(Uint8Array.from(bytes)) : decoderFor(code).decode(Uint8Array.from(bytes))
    bytes = []
  }
  const emit = (s: string) => { flush(); if (!state.skip) out += s }
  const control = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([\r\n]+)|([^\\{}\r\n]+)/gy
  let m: RegExpExecArray | null
  /** Where the current group stands: just opened, opened with \* (an optional destination), or in its content. */
  let opening: 'none' | 'group' | 'starred' = 'none'
  while ((m = control.exec(source)) !== null) {
    const [, word, arg, hex, symbol, brace, , text] = m
    const was = opening
    opening = 'none'
    if (brace === '{') { flush(); stack.push(state); state = { ...state }; opening = 'group'; continue }
    if (brace === '}') { flush(); state = stack.pop() ?? state; skipFallback = 0; if (stack.length === 0) break; continue }
    if (hex !== undefined) {
      if (skipFallback > 0) { skipFallback--; continue }
      if (!state.skip) bytes.push(Number.parseInt(hex, 16))
      continue
    }
    if (text !== undefined) {
      let t = text
      if (skipFallback > 0) { const n = Math.min(skipFallback, t.length); t = t.slice(n); skipFallback -= n }
      if (state.inFontTable && t.includes(';')) tableFont = null
      if (!state.inFontTable) emit(t)
      continue
    }
    if (symbol !== undefined) {
      if (symbol === '*') { if (was === 'group') opening = 'starred'; continue }
      if (skipFallback > 0) { skipFallback--; continue }
      emit(symbol === '~' ? ' ' : symbol === '_' ? '-' : symbol === '\\' || symbol === '{' || symbol === '}' ? symbol : '')
      continue
    }
    if (word === undefined) continue
    const n = arg === undefined ? null : Number.parseInt(arg, 10)
    if (word === 'fonttbl') { flush(); state.inFontTable = true; state.skip = true; continue }
    if (state.inFontTable) {
      if (word === 'f' && n !== null) tableFont = n
      else if (word === 'fcharset' && n !== null && tableFont !== null) fontCharset.set(tableFont, n)
      continue
    }
    if (was === 'starred' || ((was === 'group' || state.skip) && SKIPPED.has(word))) { flush(); state.skip = true; continue }
    if (word === 'ansicpg' && n !== null) docCodePage = CODE_PAGES[n] ?? `windows-${n}`
    else if (word === 'uc' && n !== null) state.uc = n
    else if (word === 'u' && n !== null) { emit(String.fromCharCode(n < 0 ? n + 65536 : n)); skipFallback = state.uc }
    else if (word === 'f' && n !== null) { flush(); state.font = n }
    else if (word === 'bin' && n !== null) control.lastIndex += n
    else if (SYMBOLS[word] !== undefined) emit(SYMBOLS[word] as string)
  }
  flush()
  return out
}

/** An .rtf file's text; an error value (in Chinese) when it is no RTF. */
export function rtfToText(bytes: Uint8Array): { text: string } | { error: string, errorText?: Message } {
  const plain = rtfToPlain(new TextDecoder('latin1').decode(bytes))
  if (plain === null) return coded(MESSAGE)
  const text = plain.split('\n').map(l => l.replace(/^\t+|\t+$/gu, '').trimEnd()).filter(l => l.trim() !== '').join('\n')
  return { text }
}
