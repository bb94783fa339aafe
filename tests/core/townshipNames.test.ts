import { describe, expect, it } from 'vitest'
import { coreName } from '@/core/townshipNames'

describe('coreName', () => {
  it.each([
    ['大同镇', '大同'],
    ['城关街道', '城关'],
    ['云岭乡', '云岭'],
    ['大同', '大同'],
    [' 青石镇 ', '青石'],
    ['示例县大同镇', '大同'],
    ['XX省示例县大同镇人民政府', '大同'],
    ['大同镇党委政府', '大同'],
    ['城关街道办事处', '城关'],
    ['城关街道办', '城关'],
    ['新市镇', '新市'],
    ['示例县新市镇', '新市'],
    ['示例县新区街道', '新区'],
    ['ＡＢ镇', 'ab'],
  ])('reduces %s to %s', (name, core) => {
    expect(coreName(name)).toBe(core)
  })
})
