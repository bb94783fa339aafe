// A report saved from a government website (.html/.htm) → its text: the title, the publication
// lines (发布机构, 成文日期, 来源 …) and the article body, without navigation, menus, headers and
// footers, sidebars, scripts and styles. The body is the element holding the most paragraph text
// that is not link text (as reading-mode readers do). The page is parsed by the browser's DOMParser
// where there is one (see src/composables/domMarkup.ts) and by ./markup.ts otherwise (the CLI).
import { parseMarkup, type MarkupElement, type MarkupNode } from './markup'

export type ParseHtml = (html: string) => MarkupElement

const NOISE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'button', 'select', 'input', 'textarea', 'svg', 'canvas', 'object', 'embed', 'head', 'menu', 'dialog'])
/** Class or id words of navigation and page furniture; an element so named is dropped when most of its text is links or it is short. */
const NOISE_NAMES = /(?:^|[-_\s])(?:nav|navbar|menu|topbar|top-bar|header|footer|foot|bottom|breadcrumbs?|crumbs?|position|location|sidebar|share|bdshare|toolbar|tools|copyright|friendlinks?|links|search|login|gotop|skip|pager|pagination|related|hot)(?:[-_\s\d]|$)/iu
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tbody', 'thead', 'tr', 'blockquote', 'pre', 'hr', 'center', 'address', 'figure', 'figcaption', 'body', 'html'])
const CELLS = new Set(['td', 'th'])
/** A publication line of a government page: who issued it, when written or published, where from, its index number. */
const PUBLICATION = /(发布机构|发文机关|发文单位|成文日期|发文日期|发布日期|发布时间|公开日期|生效日期|信息来源|来源|索引号|文号)\s*[:：\]】]/u
const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef'
/** A line break in the page's source between two CJK characters is no space (as CSS Text says). */
const CJK_GAP = new RegExp(`([${CJK}])[ \\t\\r]*\\n[ \\t\\r\\n]*(?=[${CJK}])`, 'gu')

const isElement = (n: MarkupNode): n is MarkupElement => typeof n !== 'string'
const nameOf = (e: MarkupElement) => `${e.attrs.class ?? ''} ${e.attrs.id ?? ''}`

/** The whitespace-collapsed text of a node, links included or not. */
function flatText(node: MarkupNode, links = true): string {
  if (typeof node === 'string') return node
  if (NOISE_TAGS.has(node.tag) || (!links && node.tag === 'a')) return ''
  return node.children.map(c => flatText(c, links)).join('')
}
const visible = (s: string) => s.replace(/\s+/gu, '').length

/** Drops navigation-like elements: by tag, and by class or id when mostly links or short. */
function isNoise(e: MarkupElement): boolean {
  if (NOISE_TAGS.has(e.tag)) return true
  if (!NOISE_NAMES.test(nameOf(e))) return false
  const all = visible(flatText(e))
  return all < 200 || visible(flatText(e, false)) < all * 0.5
}

/** Scores paragraph-holding elements: each paragraph's non-link text counts fully for its parent and half for the grandparent. */
function scoreParagraphs(root: MarkupElement): Map<MarkupElement, number> {
  const scores = new Map<MarkupElement, number>()
  const add = (e: MarkupElement | undefined, n: number) => { if (e) scores.set(e, (scores.get(e) ?? 0) + n) }
  const walk = (e: MarkupElement, parents: MarkupElement[]) => {
    if (isNoise(e)) return
    const own = e.children.filter((c): c is string => typeof c === 'string').join('')
    const isParagraph = e.tag === 'p' || e.tag === 'pre' || ((e.tag === 'div' || e.tag === 'td' || e.tag === 'font' || e.tag === 'span') && visible(own) >= 20)
    if (isParagraph) {
      const n = visible(flatText(e, false))
      add(parents[parents.length - 1], n)
      add(parents[parents.length - 2], n / 2)
    }
    for (const c of e.children) if (isElement(c)) walk(c, [...parents, e])
  }
  walk(root, [])
  return scores
}

/** The text of an element as lines: blocks break lines, cells are joined by tabs, whitespace collapses. */
function blockText(e: MarkupElement): string {
  let out = ''
  const walk = (node: MarkupNode) => {
    if (typeof node === 'string') { out += node.replace(CJK_GAP, '$1').replace(/[ \t\r\n\f\u00A0]+/gu, ' '); return }
    if (isNoise(node)) return
    if (node.tag === 'br') { out += '\n'; return }
    const block = BLOCKS.has(node.tag)
    if (block) out += '\n'
    for (const c of node.children) walk(c)
    if (CELLS.has(node.tag)) out += '\t'
    if (block) out += '\n'
  }
  walk(e)
  return out.split('\n').map(l => l.replace(/\t+$/u, '').replace(/^[ \t]+|[ \t]+$/gu, '').replace(/ {2,}/gu, ' ')).filter(l => l !== '').join('\n')
}

function findAll(e: MarkupElement, test: (e: MarkupElement) => boolean, out: MarkupElement[] = []): MarkupElement[] {
  for (const c of e.children) {
    if (!isElement(c) || NOISE_TAGS.has(c.tag)) continue
    if (test(c)) out.push(c)
    else findAll(c, test, out)
  }
  return out
}

/** The page's title: its first <h1> (or an element named title), else <title> without the site's name. */
function titleOf(root: MarkupElement): string | null {
  const heading = findAll(root, e => e.tag === 'h1')[0] ?? findAll(root, e => /(?:^|[-_\s])(?:title|tit|bt)(?:[-_\s]|$)/iu.test(nameOf(e)) && visible(flatText(e)) > 4)[0]
  const text = heading ? blockText(heading).replace(/\n/gu, '') : null
  if (text) return text
  const head = findAll({ tag: '#', attrs: {}, children: root.children.flatMap(c => (isElement(c) && c.tag === 'html' ? c.children : [c])).flatMap(c => (isElement(c) && c.tag === 'head' ? c.children : [c])) }, e => e.tag === 'title')[0]
  const title = head ? flatText(head).trim().split(/\s*[_|｜–—-]\s*/u)[0] ?? '' : ''
  return title || null
}

/** A web page's report text: title, publication lines, then the body's paragraphs, one a line. */
export function htmlToReportText(html: string, parse: ParseHtml = s => parseMarkup(s, 'html')): string {
  const root = parse(html)
  const scores = scoreParagraphs(root)
  let body: MarkupElement | null = null
  for (const [e, n] of scores) if (!body || n > (scores.get(body) ?? 0)) body = e
  const bodyText = body ? blockText(body) : blockText(root)
  const title = titleOf(root)
  const bodyLines = new Set(bodyText.split('\n'))
  const publication = blockText(root).split('\n').filter(l => PUBLICATION.test(l) && l.length <= 160 && !bodyLines.has(l)).map(l => l.replace(/\t/gu, ' '))
  const lines = [...(title && !bodyText.replace(/\n/gu, '').startsWith(title) ? [title] : []), ...new Set(publication), bodyText]
  return lines.join('\n').trim()
}
