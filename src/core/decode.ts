// A file's bytes → text, with the encoding detected rather than asked: UTF-8 (with or without BOM),
// GB18030/GBK (Excel on Chinese Windows), UTF-16 LE/BE (Excel "Unicode text"). Binary files are
// refused with advice in Chinese. Heuristics look at the first 64 KB only; decoding itself is native.
import { coded } from './messages/chinese'
import type { Message } from './messages/render'
import type { Encoding } from './types'

export type DecodeResult = { text: string, encoding: Encoding } | { error: string, errorText: Message }
export type BinaryKind = 'zip' | 'xls' | 'pdf'

/** Bytes the heuristics look at. */
const SAMPLE_BYTES = 64 * 1024
/** Share of control characters (other than tab, CR, LF, FF) above which a file is not text. */
const MAX_CONTROL_SHARE = 0.02
/** Share of U+FFFD in a GB18030 decoding above which the file is in no encoding we know. */
const MAX_REPLACEMENT_SHARE = 0.05

/** Why bytes are no text table: codes of src/core/messages/read.*.ts. */
const MESSAGES: Readonly<Record<BinaryKind | 'binary' | 'unknown-encoding', Message>> = {
  'zip': { code: 'decode-zip' },
  'xls': { code: 'decode-xls' },
  'pdf': { code: 'decode-pdf' },
  'binary': { code: 'decode-binary' },
  'unknown-encoding': { code: 'decode-unknown-encoding' },
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const gb18030 = new TextDecoder('gb18030')
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true })
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: true })

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false
  return true
}

/**
 * Recognises container formats by their magic number: 'zip' (PK: .xlsx, .docx, .zip), 'xls'
 * (OLE2 compound file: old .xls/.doc), 'pdf'; null for anything else, text included.
 */
export function sniffBinaryKind(bytes: Uint8Array): BinaryKind | null {
  if (startsWith(bytes, [0x50, 0x4B, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4B, 0x05, 0x06])) return 'zip'
  if (startsWith(bytes, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return 'xls'
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2D])) return 'pdf' // %PDF-
  return null
}

/** Counts NUL bytes at even and odd offsets and other control bytes in the sample. */
function scanSample(sample: Uint8Array): { evenNul: number, oddNul: number, control: number } {
  let evenNul = 0
  let oddNul = 0
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number
    if (b === 0) {
      if (i & 1) oddNul++
      else evenNul++
    } else if ((b < 0x20 && b !== 0x09 && b !== 0x0A && b !== 0x0D && b !== 0x0C) || b === 0x7F) {
      control++
    }
  }
  return { evenNul, oddNul, control }
}

/** Share of control characters (tab, CR, LF, FF allowed) in a decoded sample. */
function controlShare(text: string): number {
  let control = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0A && c !== 0x0D && c !== 0x0C) || c === 0x7F) control++
  }
  return text.length === 0 ? 0 : control / text.length
}

/** UTF-16 text, refused when what it decodes to is still full of control characters. */
function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const decoder = encoding === 'utf-16le' ? utf16le : utf16be
  const text = decoder.decode(body)
  if (controlShare(text.slice(0, SAMPLE_BYTES / 2)) > MAX_CONTROL_SHARE) return coded(MESSAGES.binary)
  return { text, encoding }
}

/**
 * Bytes → text and the encoding found. Order: empty → '' as UTF-8; container magic numbers
 * (see sniffBinaryKind) → error; BOMs (EF BB BF, FF FE, FE FF; stripped); BOM-less UTF-16 (text
 * whose ASCII characters leave NULs at every other byte); NULs or many control bytes otherwise →
 * error; valid UTF-8 → 'utf-8'; else GB18030 (a superset of GBK and GB2312). Line endings are
 * left as they are. Errors are values with a Chinese message saying what to do.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8' }
  const kind = sniffBinaryKind(bytes)
  if (kind) return coded(MESSAGES[kind])
  if (startsWith(bytes, [0xEF, 0xBB, 0xBF])) {
    const body = bytes.subarray(3)
    try {
      return { text: utf8.decode(body), encoding: 'utf-8-bom' }
    } catch {
      // A UTF-8 BOM in front of non-UTF-8 bytes: the BOM lied; fall through to the detection below.
      return decodeWithoutBom(body)
    }
  }
  if (startsWith(bytes, [0xFF, 0xFE])) return decodeUtf16(bytes.subarray(2), 'utf-16le')
  if (startsWith(bytes, [0xFE, 0xFF])) return decodeUtf16(bytes.subarray(2), 'utf-16be')
  return decodeWithoutBom(bytes)
}

function decodeWithoutBom(bytes: Uint8Array): DecodeResult {
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  const { evenNul, oddNul, control } = scanSample(sample)
  const pairs = Math.floor(sample.length / 2)
  if (evenNul + oddNul > 0) {
    // ASCII characters (digits, commas, line breaks) in UTF-16 have a NUL high byte: after the
    // low byte in LE (odd offsets), before it in BE (even offsets). Real text has many of them.
    // The other side has a NUL only for characters such as 一 (U+4E00), hence the tolerance.
    if (pairs > 0 && oddNul >= pairs * 0.1 && evenNul <= oddNul * 0.25) return decodeUtf16(bytes, 'utf-16le')
    if (pairs > 0 && evenNul >= pairs * 0.1 && oddNul <= evenNul * 0.25) return decodeUtf16(bytes, 'utf-16be')
    return coded(MESSAGES.binary)
  }
  if (control / sample.length > MAX_CONTROL_SHARE) return coded(MESSAGES.binary)
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' }
  } catch {
    // Not valid UTF-8: the usual cause is a CSV saved by Excel on Chinese Windows (GBK).
    const text = gb18030.decode(bytes)
    if (replacementShare(text.slice(0, SAMPLE_BYTES)) > MAX_REPLACEMENT_SHARE) return coded(MESSAGES['unknown-encoding'])
    return { text, encoding: 'gb18030' }
  }
}

function replacementShare(text: string): number {
  let bad = 0
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xFFFD) bad++
  return text.length === 0 ? 0 : bad / text.length
}
