import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { documentKind, isPlanTitle, readHeader } from '@/core/extract/header'
import { parseTownshipList } from '@/core/townships'

const { townships } = parseTownshipList(readFileSync(new URL('../../../data/townships.csv', import.meta.url), 'utf8'))

describe('readHeader', () => {
  it.each([
    ['an organ line and a year line', '大同镇人民政府\n2024年度法治政府建设年度报告\n正文', '大同镇', 2024],
    ['a title that starts with 关于', '关于白马镇2023年法治政府建设情况的报告\n正文', '白马镇', 2023],
    ['a title naming the county first', '示例县青石镇2024年度法治政府建设工作报告', '青石镇', 2024],
    ['the party committee and the government', '中共城关街道工作委员会 城关街道办事处\n2024年度法治政府建设情况报告', '城关街道', 2024],
    ['a year in Chinese digits', '云岭乡\n二〇二四年法治政府建设年度报告', '云岭乡', 2024],
  ])('reads township and year from %s', (_, text, township, year) => {
    expect(readHeader(text, townships)).toMatchObject({ township, year })
  })

  it.each([
    ['a title naming the government before 关于', '翠屏镇人民政府关于2025年法治政府建设情况的报告\n正文', '翠屏镇', 2025],
    ['a publisher line with a date in the next year', '关于2025年度法治政府建设工作情况的报告\n[发布机构]示例县翠屏镇[成文日期]2026-01-20\n正文', '翠屏镇', 2025],
    ['a publisher line and no year in the title', '法治政府建设年度报告\n发布机构：示例县翠屏镇  成文日期：2026-02-03\n正文', '翠屏镇', 2025],
    ['a 来源 line', '来源：翠屏镇人民政府\n关于2025年法治政府建设情况的报告', '翠屏镇', 2025],
    ['来源 without a colon', '来源翠屏镇\n2025年法治政府建设年度报告', '翠屏镇', 2025],
    ['现将 before the name', '法治政府建设工作报告\n现将翠屏镇2025年法治政府建设情况报告如下：', '翠屏镇', 2025],
    ['现将 with 我镇 and a signature in the next year', '法治政府建设工作报告\n现将我镇有关情况报告如下。\n正文。\n翠屏镇人民政府\n2026年1月8日', '翠屏镇', 2025],
    ['a signature date written with dashes', '法治政府建设工作报告\n正文。\n翠屏镇人民政府\n2026-03-02', '翠屏镇', 2025],
  ])('reads a township the list does not know and the year from %s', (_, text, township, year) => {
    expect(readHeader(text)).toMatchObject({ township, year })
  })

  it.each([
    ['an opening sentence that names year and township', '2025年，翠屏镇在区委、区政府的坚强领导下，坚持依法行政，扎实推进各项工作，法治政府建设取得新成效。现将有关情况报告如下：', '翠屏镇', 2025],
    ['an opening after an addressee line', '县委、县政府：\n一年来，翠屏乡在县委、县政府的正确领导下，深入推进依法行政，认真落实各项部署，法治建设水平不断提升。', '翠屏乡', null],
    ['中共 … 党委 in the opening', '二〇二四年以来，在县委的正确领导下，中共翠屏镇党委、翠屏镇人民政府认真贯彻落实上级部署，不断推进法治政府建设各项工作落地见效。', '翠屏镇', 2024],
    ['a street called 街', '2023年，在区委、区政府的正确领导下，翠屏街始终坚持以法治思想为指导，统筹推进街道法治建设，各项工作取得了新成效。', '翠屏街', 2023],
    ['a title with the year right before 法治', '翠屏街道2024法治政府建设年度报告\n正文', '翠屏街道', 2024],
    ['a title after a breadcrumb line', '首页 > 政务公开 > 法治政府建设年度报告\n翠屏镇2025年法治政府建设年度报告\n正文', '翠屏镇', 2025],
    ['a long title line repeated', '示例市翠屏镇2024年法治政府建设年度报告 示例市翠屏镇2024年法治政府建设年度报告 |\n正文，正文。', '翠屏镇', 2024],
    ['a metadata label with its value on the next line', '首页\n• 发布机构:\n翠屏镇\n• 发布日期:\n2025-01-31\n正文，正文。', '翠屏镇', 2024],
    ['a metadata table row', '| [ 发布机构 ] | 示例县翠屏镇人民政府 | [ 有效性 ] | |\n| [ 成文日期 ] | 2026-02-10 |\n正文', '翠屏镇', 2025],
    ['a title with a date after it', '2024年度翠屏街道法治政府建设工作情况报告 2025-02-28\n正文', '翠屏街道', 2024],
    ['the district government before the street office', '示例区人民政府翠屏街道办事处关于2022年度法治政府建设情况的报告\n正文', '翠屏街道', 2022],
  ])('reads %s', (_, text, township, year) => {
    expect(readHeader(text)).toMatchObject({ township, year })
  })

  it.each([
    ['the title before a page publisher written otherwise', '• 发布机构:翠屏乡\n翠屏镇人民政府关于2025年法治政府建设的报告\n正文，正文。', '翠屏镇', 2025],
    ['no name from 区政府和街道党工委 in the opening', '2023年，在区委、区政府和街道党工委的坚强领导下，翠屏街道坚持依法行政，扎实推进各项工作，取得了新成效。', '翠屏街道', 2023],
    ['a name holding 和', '示例区共和乡2022年度法治政府建设工作报告\n正文', '共和乡', 2022],
  ])('reads %s', (_, text, township, year) => {
    expect(readHeader(text)).toMatchObject({ township, year })
  })

  it('takes a text that opens with 履职情况 for a personal report', () => {
    expect(readHeader('一、履职情况\n（一）带头学法\n坚持把学习法治思想作为首要任务，全年参与中心组专题学习6次，主持召开专题会议4次。').kind).toBe('personal')
  })

  it('reads the township from 现将 … in the opening paragraph after a first sentence', () => {
    expect(readHeader('根据上级关于法治政府建设督察工作的有关规定和要求，结合工作实际。现将翠屏镇2025年法治政府建设情况报告如下：\n一、主要措施')).toMatchObject({ township: '翠屏镇', year: 2025 })
  })

  it('takes a body in the first person of one leader for a personal report', () => {
    expect(readHeader('2024年以来，在县委、县政府的指导下，本人切实履行推进法治建设第一责任人职责，认真落实各项部署要求，推动工作有序开展。').kind).toBe('personal')
  })

  it.each([
    ['现将我镇', '现将我镇2025年法治政府建设情况报告如下'],
    ['依法治镇', '召开依法治镇领导小组会议'],
    ['全镇', '全镇法治政府建设工作报告'],
    ['为镇', '为镇村干部举办讲座'],
  ])('takes no township from %s', (_, line) => {
    expect(readHeader(`${line}\n正文`).township).toBeNull()
  })

  it('sets the code of a township on the list', () => {
    expect(readHeader('大同镇人民政府\n2024年度报告', townships)).toMatchObject({ township: '大同镇', code: '990101102000', unknownTownship: null })
  })

  it('keeps a township the list does not know, without code, and says so', () => {
    expect(readHeader('翠屏镇人民政府\n2024年度报告', townships)).toMatchObject({ township: '翠屏镇', code: null, unknownTownship: '翠屏镇' })
  })

  it('reads the township as written when no list is given', () => {
    expect(readHeader('示例县翠屏镇人民政府\n2024年度报告')).toMatchObject({ township: '翠屏镇', code: null, unknownTownship: null })
  })

  it('takes the year before a signing date in the first half of the year when the title has none', () => {
    expect(readHeader('法治政府建设年度报告\n正文。\n大同镇人民政府\n2025年1月15日', townships)).toMatchObject({ township: '大同镇', year: 2024, signed: { year: 2025, month: 1, day: 15 } })
  })

  it('finds nothing in a text without title or signature', () => {
    expect(readHeader('今年以来，我镇共开展行政检查76次，办理行政处罚案件268件，有力维护了社会稳定和市场秩序。')).toMatchObject({ township: null, year: null })
  })

  it.each([
    [['关于印发《某镇2025年法治政府建设工作要点》的通知'], true],
    [['某乡2025年普法工作计划'], true],
    [['某镇2024年工作总结和2025年工作计划'], false],
    [['某镇2024年度法治政府建设情况报告'], false],
  ])('tells a plan title %j from a report title (plan: %s)', (title, plan) => {
    expect(isPlanTitle(title)).toBe(plan)
  })

  it.each([
    [['某镇党委书记2024年度述法报告'], 'personal'],
    [['关于印发《某镇2025年法治政府建设工作要点》的通知'], 'plan'],
    [['某镇2024年度法治政府建设情况报告暨主要负责人述法报告'], undefined],
    [['某镇2024年度法治政府建设情况报告'], undefined],
  ])('names the kind of document %j: %s', (title, kind) => {
    expect(documentKind(title)).toBe(kind)
  })
})
