// Word 97–2003 (.doc) and WPS 文字 (.wps) files → text. Both are an OLE compound file whose
// WordDocument stream starts with the FIB; the FIB points to the CLX in the table stream, whose
// piece table (PlcPcd) says where each run of the main text lies: 8-bit (cp1252, "compressed")
// or UTF-16. cfb (SheetJS) opens the container, loaded on first use; the rest is read here.
import { coded } from '../messages/chinese'
import type { Message } from '../messages/render'
import { cp1252 } from './cp1252'

export type Word97Result = { text: string } | { error: string, errorText?: Message }

const WORD_IDENT = 0xA5EC
/** nFib of Word 97 and later (WPS 文字 writes the same). Older files have no piece table we can trust. */
const NFIB_WORD97 = 0x00C1
const FLAG_WHICH_TABLE = 0x0200
const FLAG_ENCRYPTED = 0x0100
/** Offsets inside the FIB: ccpText (fibRgLw97) and fcClx/lcbClx (fibRgFcLcb97). */
const AT_CCP_TEXT = 0x004C
const AT_FC_CLX = 0x01A2
const AT_LCB_CLX = 0x01A6
const COMPRESSED = 0x40000000

const MESSAGES = {
  noWord: { code: 'report-word-no-text' },
  encrypted: { code: 'report-word-encrypted' },
  old: { code: 'report-word-old' },
  broken: { code: 'report-word-broken' },
} as const satisfies Record<string, Message>

const utf16 = new TextDecoder('utf-16le')

/** One run of the main text: characters [cpStart, cpEnd) stored from byte `offset`, one or two bytes each. */
interface Piece { cpStart: number, cpEnd: number, offset: number, compressed: boolean }

/** The piece table inside a CLX: skips the Prc entries (type 1), reads the Pcdt (type 2). */
export function readPieces(clx: Uint8Array): Piece[] | null {
  const view = new DataView(clx.buffer, clx.byteOffset, clx.byteLength)
  let at = 0
  while (at < clx.length && clx[at] === 0x01) at += 3 + view.getUint16(at + 1, true)
  if (clx[at] !== 0x02 || at + 5 > clx.length) return null
  const lcb = view.getUint32(at + 1, true)
  const start = at + 5
  if (start + lcb > clx.length || lcb < 4 || (lcb - 4) % 12 !== 0) return null
  const n = (lcb - 4) / 12
  const pieces: Piece[] = []
  for (let i = 0; i < n; i++) {
    const cpStart = view.getUint32(start + i * 4, true)
    const cpEnd = view.getUint32(start + (i + 1) * 4, true)
    const fc = view.getUint32(start + (n + 1) * 4 + i * 8 + 2, true)
    const compressed = (fc & COMPRESSED) !== 0
    pieces.push({ cpStart, cpEnd, offset: compressed ? (fc & ~COMPRESSED) / 2 : fc, compressed })
  }
  return pieces
}

/** The first `ccpText` characters (the main document, before footnotes, headers and comments). */
function mainText(word: Uint8Array, pieces: readonly Piece[], ccpText: number): string | null {
  let out = ''
  for (const p of pieces) {
    if (p.cpStart >= ccpText) break
    const count = Math.min(p.cpEnd, ccpText) - p.cpStart
    if (count < 0) return null
    const bytes = count * (p.compressed ? 1 : 2)
    if (p.offset + bytes > word.length) return null
    const slice = word.subarray(p.offset, p.offset + bytes)
    out += p.compressed ? cp1252(slice) : utf16.decode(slice)
  }
  return out
}

/**
 * Word's special characters → plain text: paragraph marks and cell ends become line breaks, row
 * ends too; a field keeps its result and drops its code (0x13 code 0x14 result 0x15, nested);
 * pictures, footnote marks and other anchors vanish; a non-breaking hyphen is a hyphen.
 */
export function cleanWordText(raw: string): string {
  let out = ''
  const fields: boolean[] = [] // per open field: are we in its code part?
  for (const ch of raw) {
    const c = ch.charCodeAt(0)
    if (c === 0x13) { fields.push(true); continue }
    if (c === 0x14) { if (fields.length) fields[fields.length - 1] = false; continue }
    if (c === 0x15) { fields.pop(); continue }
    if (fields.some(inCode => inCode)) continue
    if (c === 0x0D || c === 0x0B || c === 0x0C) out += '\n'
    else if (c === 0x07) out += '\t'
    else if (c === 0x1E) out += '-'
    else if (c === 0x09) out += '\t'
    else if (c === 0xA0) out += ' '
    else if (c >= 0x20 && c !== 0x1F) out += ch
  }
  return out
    .split('\n')
    .map(line => line.replace(/\t+$/u, '').replace(/^\t+/u, '').trimEnd())
    .filter(line => line.trim() !== '')
    .join('\n')
}

/** A .doc or .wps file's main text, one paragraph a line; an error value (in Chinese) otherwise. */
export async function word97ToText(bytes: Uint8Array): Promise<Word97Result> {
  const CFB = await import('cfb')
  let container
  try {
    container = CFB.read(bytes, { type: 'array' })
  } catch {
    return coded(MESSAGES.broken)
  }
  const stream = (name: string): Uint8Array | null => {
    const entry = CFB.find(container, name)
    return entry?.content ? Uint8Array.from(entry.content as ArrayLike<number>) : null
  }
  const word = stream('WordDocument')
  if (!word || word.length < AT_LCB_CLX + 4) return coded(MESSAGES.noWord)
  const fib = new DataView(word.buffer, word.byteOffset, word.byteLength)
  if (fib.getUint16(0, true) !== WORD_IDENT) return coded(MESSAGES.noWord)
  const flags = fib.getUint16(0x0A, true)
  if (flags & FLAG_ENCRYPTED) return coded(MESSAGES.encrypted)
  if (fib.getUint16(2, true) < NFIB_WORD97) return coded(MESSAGES.old)
  const table = stream(flags & FLAG_WHICH_TABLE ? '1Table' : '0Table')
  const fcClx = fib.getUint32(AT_FC_CLX, true)
  const lcbClx = fib.getUint32(AT_LCB_CLX, true)
  if (!table || lcbClx === 0 || fcClx + lcbClx > table.length) return coded(MESSAGES.broken)
  const pieces = readPieces(table.subarray(fcClx, fcClx + lcbClx))
  const raw = pieces && mainText(word, pieces, fib.getUint32(AT_CCP_TEXT, true))
  if (raw == null) return coded(MESSAGES.broken)
  return { text: cleanWordText(raw) }
}
