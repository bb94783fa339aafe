import { zipSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { odfContentToText, odtToText } from '@/core/reportText/odt'

const content = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="ta"><office:body><office:text><text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>${body}</office:text></office:body></office:document-content>`

describe('odfContentToText', () => {
  it.each([
    ['headings and paragraphs, one a line', '<text:h text:outline-level="1">一、工作情况</text:h><text:p>开展检查<text:span>76</text:span>次。</text:p>', '一、工作情况\n开展检查76次。'],
    ['<text:s c="N"/> is N spaces, tabs and line breaks kept', '<text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d</text:p>', 'a   b\tc\nd'],
    ['list items', '<text:list><text:list-item><text:p>宣传4场</text:p></text:list-item><text:list-item><text:list><text:list-item><text:p>讲座2次</text:p></text:list-item></text:list></text:list-item></text:list>', '宣传4场\n讲座2次'],
    ['table cells of a row joined by tabs', '<table:table><table:table-row><table:table-cell><text:p>行政检查</text:p></table:table-cell><table:table-cell><text:p>76</text:p></table:table-cell></table:table-row></table:table>', '行政检查\t76'],
    ['notes, comments and deleted text of tracked changes left out', '<text:tracked-changes><text:changed-region><text:deletion><text:p>删去的99次</text:p></text:deletion></text:changed-region></text:tracked-changes><text:p>检查<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>注释</text:p></text:note-body></text:note>76次<office:annotation><text:p>批注</text:p></office:annotation></text:p>', '检查76次'],
    ['entities decoded', '<text:p>A&amp;B &lt;5&gt; &#x6CD5;&#27835;</text:p>', 'A&B <5> 法治'],
  ])('%s', (_label, body, text) => {
    expect(odfContentToText(content(body))).toBe(text)
  })
})

describe('odtToText', () => {
  it('reads content.xml out of the zip', async () => {
    const zip = zipSync({ 'mimetype': strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8(content('<text:p>罚款7610元</text:p>')) })
    expect(await odtToText(zip)).toEqual({ text: '罚款7610元' })
  })

  it('refuses a zip without content.xml, and bytes that are no zip', async () => {
    expect(await odtToText(zipSync({ 'a.txt': strToU8('x') }))).toHaveProperty('error')
    expect(await odtToText(new Uint8Array([1, 2, 3]))).toHaveProperty('error')
  })
})
