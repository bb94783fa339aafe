// The browser's own HTML parser (DOMParser: inert, no scripts run, nothing loaded) turned into the
// small tree that src/core/reportText/html.ts reads, so that web pages saved from a government
// site are parsed as the browser parses them.
import type { MarkupElement, MarkupNode } from '@/core/reportText/markup'

function convert(node: Node): MarkupNode | null {
  if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) return node.nodeValue ?? ''
  if (node.nodeType !== Node.ELEMENT_NODE) return null
  const element = node as Element
  const attrs: Record<string, string> = {}
  for (const a of Array.from(element.attributes)) attrs[a.name.toLowerCase()] = a.value
  const source = element.localName === 'template' ? (element as HTMLTemplateElement).content : element
  const children = Array.from(source.childNodes).map(convert).filter((c): c is MarkupNode => c !== null)
  return { tag: element.localName.toLowerCase(), attrs, children }
}

/** Parses HTML with DOMParser into a '#root' element holding <html>. */
export function parseHtmlWithDom(html: string): MarkupElement {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const top = convert(doc.documentElement)
  return { tag: '#root', attrs: {}, children: top ? [top] : [] }
}
