// Text gathered as UTF-8 bytes, for the CLI's long JSON report: what repeats is encoded once (a Piece),
// numbers are written as digits, and the chunk goes to stdout as it is, with no string of it built and
// encoded again. It also counts the text's length in UTF-16 units (what a string of it would have), so
// that chunks end where they ended when they were strings.

const encoder = new TextEncoder()

/** A string encoded once: its UTF-8 bytes and its length as a string. */
export interface Piece {
  readonly bytes: Uint8Array
  readonly units: number
}

export const piece = (s: string): Piece => ({ bytes: encoder.encode(s), units: s.length })

/** Pieces shorter than this are copied byte by byte: cheaper than a call to set. */
const SHORT = 32
/** Strings at least this long go to the encoder. */
const LONG = 64
/** Integers below this are written digit by digit; any other number as String gives it. */
const DIGITS = 1e15

export class ByteText {
  private buf = new Uint8Array(1 << 16)
  /** Bytes written. */
  at = 0
  /** The same text's length in UTF-16 units. */
  units = 0

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.at + n))
    next.set(this.buf.subarray(0, this.at))
    this.buf = next
  }

  piece(p: Piece): void {
    const b = p.bytes
    const n = b.length
    this.room(n)
    if (n < SHORT) for (let i = 0; i < n; i++) this.buf[this.at + i] = b[i] as number
    else this.buf.set(b, this.at)
    this.at += n
    this.units += p.units
  }

  /** Any string, encoded here (a short one by hand: cheaper than a call to the encoder). */
  text(s: string): void {
    const n = s.length
    this.room(n * 3)
    if (n >= LONG) {
      this.at += encoder.encodeInto(s, this.buf.subarray(this.at)).written
      this.units += n
      return
    }
    const buf = this.buf
    let at = this.at
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i)
      if (c < 0x80) { buf[at++] = c; continue }
      if (c < 0x800) { buf[at++] = 0xc0 | (c >> 6); buf[at++] = 0x80 | (c & 0x3f); continue }
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = c <= 0xdbff && i + 1 < n ? s.charCodeAt(i + 1) : 0
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)
          i++
          buf[at++] = 0xf0 | (c >> 18); buf[at++] = 0x80 | ((c >> 12) & 0x3f); buf[at++] = 0x80 | ((c >> 6) & 0x3f); buf[at++] = 0x80 | (c & 0x3f)
          continue
        }
        // A lone surrogate becomes U+FFFD, as the encoder (and Node writing a string) makes it.
        c = 0xfffd
      }
      buf[at++] = 0xe0 | (c >> 12); buf[at++] = 0x80 | ((c >> 6) & 0x3f); buf[at++] = 0x80 | (c & 0x3f)
    }
    this.at = at
    this.units += n
  }

  /** A string of ASCII characters only (a number as String writes it). */
  ascii(s: string): void {
    const n = s.length
    this.room(n)
    for (let i = 0; i < n; i++) this.buf[this.at + i] = s.charCodeAt(i)
    this.at += n
    this.units += n
  }

  /** A finite number, as String (and JSON.stringify) writes it. */
  number(v: number): void {
    if (!(v >= 0 && v < DIGITS && Math.floor(v) === v)) {
      this.ascii(String(v))
      return
    }
    let n = 1
    for (let x = v; x >= 10; x = Math.floor(x / 10)) n++
    this.room(n)
    let x = v
    for (let i = this.at + n - 1; i >= this.at; i--) {
      const q = Math.floor(x / 10)
      this.buf[i] = 48 + (x - q * 10)
      x = q
    }
    this.at += n
    this.units += n
  }

  /** The bytes written so far (a copy), and a fresh start. */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.at)
    this.at = 0
    this.units = 0
    return out
  }
}
