// Writes the encoding fixtures of tests/core/decode.test.ts into tests/fixtures/encoding/.
// The same tiny Chinese CSV in each encoding, plus one non-UTF-8 edge case each. Run with
// `npx tsx scripts/makeEncodingFixtures.ts`; the output is committed, so tests need no iconv-lite.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import iconv from 'iconv-lite'

/** The text every encoded fixture decodes to. */
const FIXTURE_CSV = '乡镇,年度,持证上岗率(%)\r\n大同镇,2024,100\r\n'
/** Characters outside GB2312: 䶮 (U+4DAE, two bytes FE 9F in GB18030) and 㙟 (U+365F, four bytes). */
const FIXTURE_CSV_RARE = '乡镇,年度,发放法治宣传资料\r\n䶮山乡,2024,8000余\r\n㙟口镇,2024,1.2万\r\n'

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'encoding')

const utf16be = (text: string): Buffer => iconv.encode(text, 'utf-16be')
const utf16le = (text: string): Buffer => iconv.encode(text, 'utf-16le')

const files: Record<string, Uint8Array> = {
  'utf8.csv': Buffer.from(FIXTURE_CSV, 'utf8'),
  'utf8-bom.csv': Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), Buffer.from(FIXTURE_CSV, 'utf8')]),
  'gbk.csv': iconv.encode(FIXTURE_CSV, 'gbk'),
  'gb18030-rare.csv': iconv.encode(FIXTURE_CSV_RARE, 'gb18030'),
  'utf16le-bom.csv': Buffer.concat([Buffer.from([0xFF, 0xFE]), utf16le(FIXTURE_CSV)]),
  'utf16be-bom.csv': Buffer.concat([Buffer.from([0xFE, 0xFF]), utf16be(FIXTURE_CSV)]),
  'utf16le.csv': utf16le(FIXTURE_CSV),
  'utf16be.csv': utf16be(FIXTURE_CSV),
  // NULs on both even and odd offsets and control bytes: no text encoding explains it.
  'binary.bin': Uint8Array.from([0x00, 0x00, 0x01, 0x02, 0x7F, 0x00, 0x13, 0x00, 0x00, 0x9C, 0xFF, 0x03, 0x00, 0x00, 0x1B, 0x04]),
}

mkdirSync(dir, { recursive: true })
for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(join(dir, name), bytes)
  console.log(`${name}: ${bytes.length} bytes`)
}
