// Township and year of real reports that the first header rules missed: metadata rows above the
// title, names holding 城镇, a street beside a listed town of the same core, the year only in the
// opening's second clause, and a name only in a later paragraph or after a verb before its organ.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readHeader } from '@/core/extract/header'
import { parseTownshipList } from '@/core/townships'

const { townships } = parseTownshipList(readFileSync(new URL('../../../data/townships.csv', import.meta.url), 'utf8'))

describe('readHeader on real layouts', () => {
  it.each([
    ['a 责任部门 row above the title', '索引号 0001/2025-00123\n责任部门翠屏镇公开形式主动公开\n成文日期2025-03-02\n翠屏镇法治政府建设年度报告(2024年度)\n正文', '翠屏镇', 2024],
    ['a 承办单位 row and no title name', '承办单位：翠屏镇\n法治政府建设年度报告\n成文日期：2025-02-11\n正文', '翠屏镇', 2024],
    ['a name that ends in 城镇', '古城镇人民政府\n2025年法治政府建设情况\n正文', '古城镇', 2025],
    ['the year after a 根据 clause in the opening', '根据上级关于法治建设的部署要求，2023年，翠屏街道以依法行政为主线，统筹推进各项法治工作，治理能力逐步提升。现对2023年所做工作总结如下：', '翠屏街道', 2023],
    ['a later paragraph that opens with the name', '2025年以来，在市委、市政府的领导下，我镇坚持依法行政，扎实推进法治政府建设各项工作。现将有关情况报告如下：\n一、健全体制机制\n翠屏镇深入贯彻全面依法治国部署，完善法治建设工作机制，推动任务落到实处。', '翠屏镇', 2025],
    ['only 我镇, and the township before its organ', '2022年，我镇坚持依法行政，推进法治政府建设，为发展提供有力保障。现就我镇2022年度法治政府建设情况报告如下：\n一、主要举措\n把习近平法治思想列入翠屏镇委党校培训课程，组织党员集中学习。', '翠屏镇', 2022],
    ['the name before 领导班子 in the opening', '2025年，翠屏街道领导班子坚持以法治思维谋划工作，把法治建设贯穿街道治理全过程。现将年度法治工作情况报告如下：', '翠屏街道', 2025],
    ['the name only at the head of its own document’s title', '2024年，在区委、区政府的领导下，我街坚持依法行政，扎实推进法治政府建设。现将有关情况报告如下：\n一、主要工作\n1.压实责任。印发《翠屏街道2024年法治建设工作要点》，明确各科室职责。', '翠屏街道', 2024],
  ])('reads %s', (_, text, township, year) => {
    expect(readHeader(text)).toMatchObject({ township, year })
  })

  it.each([
    ['将…列入镇党委', '一、2025年主要工作\n将法治学习列入镇党委理论学习中心组年度计划，全年开展法治专题学习7次，推动学法常态化。'],
    ['two townships named by their organs', '一、主要工作\n我镇坚持依法行政，推进各项工作落实到位，取得明显成效，群众对法治建设工作的满意度不断提升。\n二、联合执法\n我镇与邻近乡镇开展联合执法，有关方案报翠屏镇人民政府审定后，经白石乡人民政府会签实施。\n三、存在问题'],
    ['a 新型城镇 phrase', '推进新型城镇化建设工作报告\n正文'],
  ])('takes no township from %s', (_, text) => {
    expect(readHeader(text).township).toBeNull()
  })

  it('does not take a street for the listed town of the same core (新安街道 is not 新安镇)', () => {
    const text = '2024年，在区委、区政府的正确领导下，新安街道坚持依法行政，扎实推进法治政府建设，各项工作取得新成效。现将有关工作报告如下：'
    expect(readHeader(text, townships)).toMatchObject({ township: '新安街道', code: null, unknownTownship: '新安街道' })
    expect(readHeader('2024年，在县委的正确领导下，新安镇坚持依法行政，扎实推进法治政府建设，各项工作取得新成效。', townships)).toMatchObject({ township: '新安镇', code: '990101108000' })
  })
})
