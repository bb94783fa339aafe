// Big generated fixtures written once and kept under the system's temporary folder, named by a hash of
// everything that makes them (the generators' source, the registry and township files, the arguments):
// a second e2e file or run that needs the same 50 MB CSV reads it from disk instead of building it again,
// and any change to a generator or the data gives a new file.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const INPUTS = ['tests/helpers/bigCsv.ts', 'tests/helpers/hostileFiles.ts', 'data/indicators.json', 'data/townships.csv']
const DIR = join(tmpdir(), 'township-dashboard-fixtures')

let inputsHash: string | null = null
function hashOfInputs(): string {
  if (inputsHash) return inputsHash
  const h = createHash('sha256')
  for (const f of INPUTS) h.update(f).update(readFileSync(resolve(f)))
  inputsHash = h.digest('hex')
  return inputsHash
}

/**
 * The path of fixture `name` (its file name, e.g. `valid-40000.csv`) made by `make`; `key` names
 * what `make` depends on beyond the inputs above (rows, bytes). Written atomically (temp file, rename).
 */
export function cachedFixture(name: string, key: string, make: () => string | Uint8Array): string {
  const hash = createHash('sha256').update(hashOfInputs()).update(key).digest('hex').slice(0, 16)
  const dir = join(DIR, hash)
  const path = join(dir, name)
  if (existsSync(path)) return path
  mkdirSync(dir, { recursive: true })
  const temp = `${path}.${process.pid}.tmp`
  writeFileSync(temp, make())
  renameSync(temp, path)
  return path
}
