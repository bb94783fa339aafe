// Reads the imports of every source file under src/ (static, re-exports and dynamic `import()`, and the
// <script> blocks of .vue files) into a graph of files, and checks it against a layer order: which layer
// may import which, and no circle of files. farm-studio does not read .vue files; this does.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, posix, relative } from 'node:path'
import ts from 'typescript'

/** file (path from the repository root, `src/...`) → the src files it imports. */
export type ImportGraph = Map<string, string[]>

/** The code of a file as TypeScript sees it: a .vue file's <script> blocks, a .ts file whole. */
export function scriptOf(path: string, text: string): string {
  if (!path.endsWith('.vue')) return text
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(m => m[1] ?? '').join('\n')
}

/** The module names a file imports (static, `export … from`, dynamic; comments and strings ignored). */
export function specifiersOf(path: string, text: string): string[] {
  return ts.preProcessFile(scriptOf(path, text), true, true).importedFiles.map(f => f.fileName)
}

/** One import of a file, and whether it brings types only (erased from the build). */
export interface ImportRef { specifier: string, typeOnly: boolean }

const allTypes = (elements: ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier>) => elements.length > 0 && elements.every(e => e.isTypeOnly)

/**
 * Every import of a file with its kind: `import type`, `import { type A }` (all names types),
 * `export type … from` and `import('x')` in a type are type-only; anything else (a name that is a value,
 * a default or namespace import, a bare import, `export *`, a dynamic `import()`, `require`) is a value import.
 */
export function importsOf(path: string, text: string): ImportRef[] {
  const file = ts.createSourceFile(path.endsWith('.vue') ? `${path}.ts` : path, scriptOf(path, text), ts.ScriptTarget.Latest, true)
  const refs: ImportRef[] = []
  const add = (node: ts.Expression | undefined, typeOnly: boolean) => { if (node && ts.isStringLiteralLike(node)) refs.push({ specifier: node.text, typeOnly }) }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause
      const bindings = clause?.namedBindings
      add(node.moduleSpecifier, !!clause && (clause.isTypeOnly || (!clause.name && !!bindings && ts.isNamedImports(bindings) && allTypes(bindings.elements))))
    } else if (ts.isExportDeclaration(node)) {
      const clause = node.exportClause
      add(node.moduleSpecifier, node.isTypeOnly || (!!clause && ts.isNamedExports(clause) && allTypes(clause.elements)))
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly)
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal as ts.Expression, true)
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      add(node.arguments[0], false)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return refs
}

const EXTENSIONS = ['', '.ts', '.vue', '.d.ts', '/index.ts']

/** The src file a specifier names, or null for a package, data/ or anything outside src/. */
export function resolveSpecifier(from: string, specifier: string, exists: (path: string) => boolean): string | null {
  const bare = specifier.split('?')[0] ?? specifier
  let base: string
  if (bare.startsWith('@/')) base = posix.join('src', bare.slice(2))
  else if (bare.startsWith('.')) base = posix.join(posix.dirname(from), bare)
  else return null
  if (!base.startsWith('src/')) return null
  for (const ext of EXTENSIONS) if (exists(base + ext)) return base + ext
  return null
}

function sourceFiles(root: string, dir = 'src'): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = posix.join(dir, name)
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(root, path)
    return /\.(ts|vue)$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

/**
 * The import graph of the tree at `root`: every .ts and .vue file of src/ with the src files it imports;
 * with `values`, only the imports that bring code (type-only imports left out).
 */
export function readImportGraph(root: string, { values = false } = {}): ImportGraph {
  const files = sourceFiles(root)
  const known = new Set(files)
  const exists = (p: string) => known.has(p) || (p.endsWith('.d.ts') && safeIsFile(join(root, p)))
  const graph: ImportGraph = new Map()
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8')
    const specifiers = values ? importsOf(file, text).filter(i => !i.typeOnly).map(i => i.specifier) : specifiersOf(file, text)
    const targets = specifiers.map(s => resolveSpecifier(file, s, exists)).filter((t): t is string => t !== null && t !== file)
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

function safeIsFile(path: string): boolean {
  try { return statSync(path).isFile() } catch { return false }
}

/** The layer of a file: its first folder under src/, or 'shell' for src/main.ts and src/App.vue. */
export function layerOf(file: string): string {
  const parts = relative('src', file).split(/[\\/]/)
  return parts.length > 1 ? parts[0]! : 'shell'
}

/** Each arrow that a layer may not draw: `from -> to` for every import outside `may[layerOf(from)]`. */
export function arrowsAgainst(graph: ImportGraph, may: Readonly<Record<string, readonly string[]>>): string[] {
  const wrong: string[] = []
  for (const [from, targets] of graph) {
    const layer = layerOf(from)
    const allowed = may[layer]
    for (const to of targets) {
      const target = layerOf(to)
      if (target === layer) continue
      if (!allowed || !allowed.includes(target)) wrong.push(`${from} -> ${to}`)
    }
  }
  return wrong.sort()
}

/** Circles of files (strongly connected components of more than one file), each sorted, Tarjan's algorithm. */
export function circlesOf(graph: ImportGraph): string[][] {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const circles: string[][] = []
  function visit(v: string) {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)) }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string
    do { w = stack.pop()!; onStack.delete(w); component.push(w) } while (w !== v)
    if (component.length > 1) circles.push(component.sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return circles
}

/** The repository root (this file lives in tests/lint). */
export const ROOT = join(dirname(new URL(import.meta.url).pathname), '..', '..')
