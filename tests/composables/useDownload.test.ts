// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { csvBlob, downloadBlob, UTF8_BOM } from '@/composables/useDownload'

describe('csvBlob', () => {
  it.each([
    [[['乡镇', '数值'], ['大同镇', 3]], '乡镇,数值\r\n大同镇,3'],
    [[['=1+1', '+x', '-y', '@z']], `'=1+1,'+x,'-y,'@z`],
    [[['=1+1\n+1', -5, '-5']], `"'=1+1\n+1",-5,-5`],
  ])('writes %j with a BOM and formula cells neutralised', async (rows, text) => {
    const blob = csvBlob(rows)
    expect(blob.type).toMatch(/text\/csv/)
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xEF, 0xBB, 0xBF])
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(UTF8_BOM + text)
  })
})

describe('downloadBlob', () => {
  it('clicks a link named after the file and leaves nothing in the page', () => {
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x')
    const clicked: string[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this.download) })
    downloadBlob('报送情况.csv', new Blob(['x']))
    expect(clicked).toEqual(['报送情况.csv'])
    expect(document.querySelectorAll('a')).toHaveLength(0)
    create.mockRestore()
    click.mockRestore()
  })
})
