// OpenDocument text (.odt, from LibreOffice, WPS or Word's "Save as ODF") → text: the zip's
// content.xml (fflate, loaded on first use), its body walked in order. Headings, paragraphs and
// list items are one line each, the cells of a table row are joined by tabs, <text:s c="N"/> is N
// spaces, tabs and line breaks are kept; notes, annotations and deleted text of tracked changes are
// left out (they are not the report's text).
import { coded } from '../messages/chinese'
import type { Message } from '../messages/render'
import { findElement, parseMarkup, type MarkupElement } from './markup'

const MESSAGE: Message = { code: 'report-odt-unreadable' }

const BLOCKS = new Set(['text:p', 'text:h'])
const SKIP = new Set(['text:note', 'office:annotation', 'text:tracked-changes', 'text:sequence-decls', 'office:forms', 'text:bookmark-ref'])

/** The text of one paragraph's inline content. */
function inline(node: MarkupElement): string {
  let out = ''
  for (const child of node.children) {
    if (typeof child === 'string') { out += child.replace(/[\r\n\t ]+/gu, ' '); continue }
    if (SKIP.has(child.tag)) continue
    if (child.tag === 'text:s') out += ' '.repeat(Math.max(1, Number.parseInt(child.attrs['text:c'] ?? '1', 10) || 1))
    else if (child.tag === 'text:tab') out += '\t'
    else if (child.tag === 'text:line-break') out += '\n'
    else if (BLOCKS.has(child.tag)) out += `\n${inline(child)}\n` // a paragraph inside a frame inside a paragraph
    else out += inline(child)
  }
  return out
}

/** The lines of a block-level element: paragraphs, lists, tables (a row a line), sections, frames. */
function blocks(node: MarkupElement, lines: string[]): void {
  for (const child of node.children) {
    if (typeof child === 'string' || SKIP.has(child.tag)) continue
    if (BLOCKS.has(child.tag)) lines.push(...inline(child).split('\n'))
    else if (child.tag === 'table:table-row') {
      const cells = child.children.filter((c): c is MarkupElement => typeof c !== 'string' && c.tag === 'table:table-cell')
      lines.push(cells.map((c) => { const inner: string[] = []; blocks(c, inner); return inner.filter(l => l.trim()).join(' ') }).join('\t'))
    } else blocks(child, lines)
  }
}

/** The text of an ODF content.xml, one paragraph a line. */
export function odfContentToText(xml: string): string {
  const tree = parseMarkup(xml, 'xml')
  const body = findElement(tree, e => e.tag === 'office:text') ?? findElement(tree, e => e.tag === 'office:body') ?? tree
  const lines: string[] = []
  blocks(body, lines)
  return lines.map(l => l.replace(/ +$/u, '')).filter(l => l.trim() !== '').join('\n')
}

/** An .odt file's text; an error value (in Chinese) when it is no readable OpenDocument text. */
export async function odtToText(bytes: Uint8Array): Promise<{ text: string } | { error: string, errorText?: Message }> {
  const tooBig = (await import('../zipLimits')).zipSizeProblem(bytes)
  if (tooBig) return coded(tooBig)
  const { unzipSync, strFromU8 } = await import('fflate')
  try {
    const files = unzipSync(bytes, { filter: f => f.name === 'content.xml' })
    const content = files['content.xml']
    if (!content) return coded(MESSAGE)
    return { text: odfContentToText(strFromU8(content)) }
  } catch {
    return coded(MESSAGE)
  }
}
