import { describe, expect, it } from 'vitest'
import { pastedFile, readBrowserFiles } from '@/composables/browserFiles'

describe('pastedFile', () => {
  it('encodes pasted text as a UTF-8 file received now', () => {
    const before = Date.now()
    const f = pastedFile('粘贴.csv', '乡镇\t年度')
    expect(new TextDecoder().decode(f.bytes)).toBe('乡镇\t年度')
    expect(f.receivedAt).toBeGreaterThanOrEqual(before)
  })
})

describe('readBrowserFiles', () => {
  it('reads each file’s bytes and name, received now rather than when the file was saved', async () => {
    const before = Date.now()
    const files = [new File(['乡镇,年度\n'], '大同镇.csv', { lastModified: 1 }), new File([new Uint8Array([0xd5, 0xc5])], 'gbk.csv', { lastModified: 2 })]
    const read = await readBrowserFiles(files)
    expect(read.map(f => [f.name, [...f.bytes]])).toEqual([
      ['大同镇.csv', [...new TextEncoder().encode('乡镇,年度\n')]],
      ['gbk.csv', [0xd5, 0xc5]],
    ])
    expect(read.every(f => (f.receivedAt ?? 0) >= before)).toBe(true)
  })
})
