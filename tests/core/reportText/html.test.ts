import { describe, expect, it } from 'vitest'
import { htmlToReportText } from '@/core/reportText/html'
import { decodeEntities, parseMarkup } from '@/core/reportText/markup'

const page = (body: string, head = '<title>关于2024年法治政府建设情况的报告_河口镇人民政府</title>') => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`
const article = '<p>今年以来，共开展行政执法检查43次，办理行政处罚案件19件。</p><p>举办法治讲座7场，发放宣传资料1200余份，受教育群众1500余人次。</p>'

describe('htmlToReportText', () => {
  it.each([
    ['navigation in div.nav and ul.menu, a footer div, a breadcrumb', `<div class="nav"><a href="/">首页</a><a>政务公开</a></div><ul class="main-menu"><li><a>办事 3 次</a></li></ul><div class="crumbs">当前位置：首页 &gt; 法治</div><div class="content">${article}</div><div class="footer">版权所有 备案号 12 号</div>`],
    ['HTML5 landmarks, scripts, styles, a sidebar of links', `<header>网站头部</header><nav>导航</nav><script>var n = 42 + '次'</script><style>p{}</style><div id="main"><aside><a>相关新闻 5 条</a></aside><div class="TRS_Editor">${article}</div></div><footer>网站底部</footer>`],
    ['unclosed paragraphs and a table layout', `<table><tr><td class="left"><a>栏目一</a><br><a>栏目二</a></td><td><p>今年以来，共开展行政执法检查43次，办理行政处罚案件19件。<p>举办法治讲座7场，发放宣传资料1200余份，受教育群众1500余人次。</td></tr></table>`],
  ])('keeps the title and the body, not the %s', (_label, body) => {
    expect(htmlToReportText(page(body))).toBe(`关于2024年法治政府建设情况的报告\n今年以来，共开展行政执法检查43次，办理行政处罚案件19件。\n举办法治讲座7场，发放宣传资料1200余份，受教育群众1500余人次。`)
  })

  it('takes the title from <h1> over <title>, and keeps publication lines from outside the body', () => {
    const html = page(`<h1>河口镇2024年法治政府建设年度报告</h1><div class="info">[ 发布机构 ] 河口镇 [ 成文日期 ] 2025-01-20</div><div class="info">来源：河口镇人民政府 发布时间：2025-01-22</div><div class="zw">${article}</div>`)
    expect(htmlToReportText(html).split('\n').slice(0, 3)).toEqual(['河口镇2024年法治政府建设年度报告', '[ 发布机构 ] 河口镇 [ 成文日期 ] 2025-01-20', '来源：河口镇人民政府 发布时间：2025-01-22'])
  })

  it('joins Chinese across a line break of the source without a space, keeps spaces between Latin words', () => {
    expect(htmlToReportText(page('<div><p>开展行政执法\n  检查43次，罚款 8650\n元。 Rule\nof law</p></div>', ''))).toBe('开展行政执法检查43次，罚款 8650 元。 Rule of law')
  })

  it('uses a parser it is given (the browser passes DOMParser\'s tree)', () => {
    const tree = { tag: '#root', attrs: {}, children: [{ tag: 'p', attrs: {}, children: ['由外部解析器给出的段落，共计25个字的内容在这里。'] }] }
    expect(htmlToReportText('ignored', () => tree)).toBe('由外部解析器给出的段落，共计25个字的内容在这里。')
  })
})

describe('parseMarkup', () => {
  it('keeps script text raw and closes void elements', () => {
    const root = parseMarkup('<div>a<br>b<script>if (a < b) x()</script><img src=x>c</div>', 'html')
    expect(root.children[0]).toEqual({ tag: 'div', attrs: {}, children: ['a', { tag: 'br', attrs: {}, children: [] }, 'b', { tag: 'script', attrs: {}, children: ['if (a < b) x()'] }, { tag: 'img', attrs: { src: 'x' }, children: [] }, 'c'] })
  })

  it.each([['&amp;&lt;&gt;&quot;&nbsp;', '&<>"\u00A0'], ['&#27861;&#x6cbb;', '法治'], ['&unknown; &', '&unknown; &']])('decodes %s', (s, out) => {
    expect(decodeEntities(s)).toBe(out)
  })
})
