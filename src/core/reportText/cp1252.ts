// Windows-1252 ("ANSI" in Western Word files) → text.

/** cp1252's characters at 0x80–0x9F (elsewhere it is Latin-1). Written out: Node's TextDecoder decodes them as C1 controls. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'
export function cp1252(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += b >= 0x80 && b <= 0x9F ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)
  return out
}
