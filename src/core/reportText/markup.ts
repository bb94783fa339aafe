// A small, forgiving parser of XML and HTML into a tree of elements and text, for reading reports
// (ODF content.xml, web pages saved from a government site). Not a validator: unclosed elements
// close with their parent, stray end tags are ignored, entities are decoded, comments, doctype and
// processing instructions dropped. In HTML, names are lower-cased, void elements have no content,
// script/style/textarea/title hold raw text, and a new <p>, <li>, <tr>, <td> closes an open one.

export interface MarkupElement {
  tag: string
  attrs: Readonly<Record<string, string>>
  children: MarkupNode[]
}
export type MarkupNode = MarkupElement | string

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template'])
/** An opening tag of the key closes an open element of these (the HTML parser's implied end tags, the common ones). */
const CLOSES: Readonly<Record<string, readonly string[]>> = {
  p: ['p'], li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'], option: ['option'],
  div: ['p'], table: ['p'], ul: ['p'], ol: ['p'], h1: ['p'], h2: ['p'], h3: ['p'], h4: ['p'], h5: ['p'], h6: ['p'],
}
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  middot: '·', mdash: '—', ndash: '–', hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', times: '×', divide: '÷',
  copy: '©', reg: '®', deg: '°', plusmn: '±', permil: '‰', yen: '¥', laquo: '«', raquo: '»', bull: '•',
}

/** Decodes character references: named (the common ones), decimal and hexadecimal. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/giu, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10FFFF ? String.fromCodePoint(code) : m
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? m
  })
}

const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu

function parseAttrs(source: string, html: boolean): Record<string, string> {
  const attrs: Record<string, string> = {}
  for (const m of source.matchAll(ATTR)) {
    const name = html ? (m[1] as string).toLowerCase() : (m[1] as string)
    attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
  }
  return attrs
}

/** Parses markup into a root element (tag '#root') holding the top-level nodes. */
export function parseMarkup(source: string, mode: 'xml' | 'html'): MarkupElement {
  const html = mode === 'html'
  const root: MarkupElement = { tag: '#root', attrs: {}, children: [] }
  const stack: MarkupElement[] = [root]
  const top = () => stack[stack.length - 1] as MarkupElement
  const addText = (text: string) => { if (text) top().children.push(decodeEntities(text)) }
  let at = 0
  while (at < source.length) {
    const lt = source.indexOf('<', at)
    if (lt < 0) { addText(source.slice(at)); break }
    addText(source.slice(at, lt))
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4)
      at = end < 0 ? source.length : end + 3
      continue
    }
    if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt)
      top().children.push(source.slice(lt + 9, end < 0 ? source.length : end))
      at = end < 0 ? source.length : end + 3
      continue
    }
    if (source[lt + 1] === '!' || source[lt + 1] === '?') {
      const end = source.indexOf('>', lt)
      at = end < 0 ? source.length : end + 1
      continue
    }
    const tag = /^<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>/u.exec(source.slice(lt, lt + 4096))
    if (!tag) { addText('<'); at = lt + 1; continue }
    at = lt + tag[0].length
    const name = html ? (tag[2] as string).toLowerCase() : (tag[2] as string)
    if (tag[1]) {
      const open = stack.map(e => e.tag).lastIndexOf(name)
      if (open > 0) stack.length = open
      continue
    }
    if (html) for (const closed of CLOSES[name] ?? []) {
      const open = stack.map(e => e.tag).lastIndexOf(closed)
      if (open > 0 && !stack.slice(open + 1).some(e => ['table', 'ul', 'ol', 'div', 'td'].includes(e.tag) && e.tag !== closed)) stack.length = open
    }
    const element: MarkupElement = { tag: name, attrs: parseAttrs(tag[3] as string, html), children: [] }
    top().children.push(element)
    if (tag[4] || (html && VOID.has(name))) continue
    if (html && RAW_TEXT.has(name)) {
      const end = source.toLowerCase().indexOf(`</${name}`, at)
      element.children.push(source.slice(at, end < 0 ? source.length : end))
      at = end < 0 ? source.length : source.indexOf('>', end) + 1 || source.length
      continue
    }
    stack.push(element)
  }
  return root
}

/** Depth-first search for the first element that satisfies `test`. */
export function findElement(node: MarkupElement, test: (e: MarkupElement) => boolean): MarkupElement | null {
  for (const child of node.children) {
    if (typeof child === 'string') continue
    if (test(child)) return child
    const found = findElement(child, test)
    if (found) return found
  }
  return null
}
