// Test helpers: the bundled registry and township list, and files from text.
import { readFileSync } from 'node:fs'
import raw from '../../data/indicators.json'
import { loadRegistry } from '@/core/registry'
import { parseTownshipList } from '@/core/townships'
import type { InputFile } from '@/core/types'

export const registry = loadRegistry(raw)
export const townships = parseTownshipList(readFileSync(new URL('../../data/townships.csv', import.meta.url), 'utf8')).townships
export const ctx = { registry, townships }

/** A UTF-8 file from text. */
export function textFile(name: string, text: string): InputFile {
  return { name, bytes: new TextEncoder().encode(text) }
}

/** A file from tests/fixtures/. */
export function fixture(path: string): InputFile {
  return { name: path.split('/').pop() ?? path, bytes: new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url))) }
}
