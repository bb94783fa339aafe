// The 通报 and the feedback sheets as editable Word documents (.docx), every number taken from the
// AssessmentResult the score table shows. `docx` and `fflate` are loaded when a document is made.
import { carryCounts, carryRowZh, carrySentenceZh, type CarryForward } from './carryForward'
import { itemEvidenceText } from './evidenceText'
import { parts, type DocxLib } from './docxParts'
import { completenessText, isTied, rankChangeText, rankText, tieSentences, type Notice } from './notice'
import { num } from './rules'
import type { AssessmentResult, Scheme, TownshipScore } from './types'

export interface DocumentInput {
  result: AssessmentResult
  scheme: Scheme
  notice: Notice
  county: string
  /** 上年整改情况 per township (by name); a township without an entry has nothing from last year. */
  carry?: ReadonlyMap<string, CarryForward>
  /** The score ranking chart as a PNG, placed under the ranking table. */
  chart?: { png: Uint8Array, width: number, height: number }
  /** 内部资料 · 县司法局: printed in the header of every page of the 通报 when set (the watermark setting). */
  watermark?: string
  /** The clerk's notes of the year (see noteLines): a 说明 line under the ranking of the 通报 and under the township on its feedback sheet. */
  notes?: readonly DocumentNote[]
}

/** A note as the documents state it: its township (null: the whole year), the indicator's name when it has one, its text. */
export interface DocumentNote { township: string | null, indicator: string | null, text: string }

/** 说明：大同镇（行政执法人员持证率）：收回执法事项。 — plain text (the docx package escapes it). */
export function noteLine(n: DocumentNote): string {
  const subject = [n.township ?? '', n.indicator === null ? '' : `（${n.indicator}）`].join('')
  const text = /[。！？.!?]$/u.test(n.text) ? n.text : `${n.text}。`
  return `说明：${subject === '' ? '' : `${subject}：`}${text}`
}

/** The notes of the 通报 (every note of the year) or of one township's sheet (the year's notes and its own). */
export function noteLines(notes: readonly DocumentNote[] | undefined, township?: string): string[] {
  return (notes ?? []).filter(n => township === undefined || n.township === null || n.township === township).map(noteLine)
}

async function lib(): Promise<DocxLib> {
  return import('docx')
}

async function pack(d: DocxLib, doc: InstanceType<DocxLib['Document']>): Promise<Uint8Array> {
  return new Uint8Array(await d.Packer.toArrayBuffer(doc))
}

/** The columns of the ranking table, shared by the 通报, the CSV and the Excel export. */
export function rankingHeader(scheme: Scheme): string[] {
  return ['名次', '乡镇（街道）', '类型', '总分', '等次', '名次变化', '数据完整度', ...scheme.groups.map(g => g.label)]
}

/** One row of the ranking table as text: the same strings in every document (a shared rank reads 并列第 N). */
export function rankingCells(t: TownshipScore, scheme: Scheme, result?: AssessmentResult): string[] {
  return [result ? rankText(result, t) : String(t.rank), t.township, t.kind, num(t.total), t.grade, rankChangeText(t.rankChange), completenessText(t.completeness), ...scheme.groups.map(g => num(t.groups[g.id] ?? 0))]
}

const list = (names: readonly string[]) => (names.length === 0 ? '无' : names.join('、'))

/** The 通报: title, 文号 and date placeholders, opening, ranking, chart, 优秀, 末位, problems, 整改要求. */
export async function noticeDocx(input: DocumentInput): Promise<Uint8Array> {
  const d = await lib()
  const p = parts(d)
  const { notice: n, result, scheme } = input
  const body: (InstanceType<DocxLib['Paragraph']> | InstanceType<DocxLib['Table']>)[] = [
    p.para(n.docNumber, { align: 'center' }),
    p.title(n.title),
    p.para('各乡镇人民政府、街道办事处：', { indent: false }),
    p.para(n.opening),
    p.heading('一、考核结果'),
    p.table(rankingHeader(scheme).slice(0, 7), result.townships.map(t => rankingCells(t, scheme, result).slice(0, 7)), [11, 21, 10, 13, 12, 15, 18]),
  ]
  const ties = tieSentences(result)
  if (ties.length > 0) body.push(p.para(`总分并列的：${ties.join('；')}。`))
  body.push(...noteLines(input.notes).map(line => p.para(line)))
  if (input.chart) body.push(p.image(input.chart.png, input.chart.width, input.chart.height))
  body.push(
    p.para('各项得分如下（分组得分为原始分，未折算）：'),
    p.table(['乡镇（街道）', ...scheme.groups.map(g => g.label)], result.townships.map(t => [t.township, ...scheme.groups.map(g => num(t.groups[g.id] ?? 0))])),
    p.heading(`二、${scheme.grades[0]?.label ?? '优秀'}等次`),
    p.para(n.excellent.length === 0 ? `本年度没有乡镇（街道）评为${scheme.grades[0]?.label ?? '优秀'}。`
      : `评为${scheme.grades[0]?.label ?? '优秀'}的是：${n.excellent.map(t => `${t.township}（${num(t.total)} 分，${isTied(result, t) ? '并列' : ''}第 ${t.rank} 名）`).join('、')}。`),
    p.heading('三、末位与不合格'),
    p.para(n.bottomSentence),
    p.para(`评为${scheme.grades.at(-1)?.label ?? '不合格'}的：${list(n.failed.map(t => `${t.township}（${num(t.total)} 分）`))}。`),
    p.para(`未报送年度数据的：${list(n.notSubmitted)}。逾期报送的：${list(n.late)}。`),
    p.heading('四、存在的主要问题'),
    ...(n.problems.length === 0 ? [p.para('各项考核均未发现失分。')]
      : n.problems.slice(0, 8).map((x, i) => p.para(`（${i + 1}）${x.label}：${x.townships.length} 个乡镇（街道）失分，共失 ${num(x.lost)} 分（${x.townships.join('、')}）。`))),
    p.heading('五、整改要求'),
    p.para(`上年问题整改情况：${carrySentenceZh([...(input.carry?.values() ?? [])])}`),
    ...n.problems.slice(0, 8).filter(x => x.rectify).map((x, i) => p.para(`${i + 1}. ${x.label}：${x.rectify}。`)),
    p.para('【请在此填写其他整改要求、整改时限和报送方式】'),
    p.para('各乡镇（街道）要对照反馈单逐项整改，并于【××月××日】前将整改情况报县依法治县办。'),
    p.para(`${input.county}依法治县办`, { align: 'right' }),
    p.para(n.date, { align: 'right' }),
  )
  return pack(d, p.document(n.title, [body], input.watermark))
}

function feedbackBody(p: ReturnType<typeof parts>, t: TownshipScore, input: Omit<DocumentInput, 'chart'>) {
  const { result, scheme } = input
  const label = (id: string) => scheme.items.find(i => i.id === id)?.label ?? id
  const lost = t.items.filter(i => !i.bonus && i.status !== 'gate' && (i.lost > 0 || i.status !== 'scored'))
  const peerList = result.townships.filter(x => (x.kind === '街道' || x.kind === '乡' ? x.kind : '镇') === (t.kind === '街道' || t.kind === '乡' ? t.kind : '镇'))
  const peers = peerList.length
  const peerTied = peerList.some(x => x.township !== t.township && x.peerRank === t.peerRank)
  const rectify = lost.map(i => scheme.items.find(x => x.id === i.item)).filter(i => i?.rectify).map(i => `${i!.label}：${i!.rectify}`)
  return [
    p.title(`${input.county}${result.year}年度法治建设考核反馈单`),
    p.para(t.township, { align: 'center', bold: true }),
    ...noteLines(input.notes, t.township).map(line => p.para(line)),
    p.table(['总分', '等次', '全县名次', '同类名次', '名次变化', '数据完整度'],
      [[num(t.total), t.grade, `${rankText(result, t)} / ${result.townships.length}`, `${peerTied ? `并列第 ${t.peerRank}` : t.peerRank} / ${peers}`, rankChangeText(t.rankChange), completenessText(t.completeness)]]),
    p.heading('一、失分项目及原因'),
    lost.length === 0 ? p.para('各项均未失分。') : p.table(['考核项', '得分', '满分', '失分', '说明', '依据'], lost.map(i => [label(i.item), num(i.points), num(i.max), num(i.lost), i.reason, itemEvidenceText(i) || '—']), [17, 7, 7, 7, 44, 18]),
    p.heading('二、加分与否决'),
    p.para(`加分：${list(t.items.filter(i => i.bonus && i.points > 0).map(i => `${label(i.item)} ${num(i.points)} 分`))}。否决或限制评优：${list(t.items.filter(i => i.status === 'gate').map(i => i.reason))}。`),
    p.heading('三、数据问题'),
    p.para(t.submitted ? `缺报或待核实的数据：${list(t.items.filter(i => i.status === 'missing').map(i => label(i.item)))}；待评议：${list(t.items.filter(i => i.status === 'pending').map(i => label(i.item)))}。` : '本年度未报送数据，各项按缺数记 0 分。'),
    p.heading('四、上年整改情况'),
    ...carrySection(p, input.carry?.get(t.township), result.year - 1, label),
    p.heading('五、整改要求'),
    ...(rectify.length === 0 ? [p.para('【请填写】')] : rectify.map((r, i) => p.para(`${i + 1}. ${r}。`))),
  ]
}

/** 上年整改情况 of one township: one line when there is nothing to carry, else the counts and a table. */
function carrySection(p: ReturnType<typeof parts>, carry: CarryForward | undefined, last: number, label: (id: string) => string) {
  if (!carry?.hasLastYear) return [p.para(`${last} 年无本乡镇（街道）数据，无上年整改情况可列。`)]
  if (carry.entries.length === 0) return [p.para(`${last} 年没有失分项、否决项和红灯，无需整改。`)]
  const rows = carry.entries.map(e => carryRowZh(e, label))
  const c = carryCounts([carry])
  return [
    p.para(`${last} 年的 ${rows.length} 项问题中，${c.fixed} 项已整改，${c.open} 项未整改${c.unknown > 0 ? `，${c.unknown} 项无法判断` : ''}。`),
    p.table(['上年问题', '本年情况', '整改情况'], rows, [44, 40, 16]),
  ]
}

/** The file name of a township's feedback sheet. */
export function feedbackFileName(t: TownshipScore, year: number): string {
  return `${year}年度考核反馈单-${t.rank.toString().padStart(2, '0')}-${t.township}.docx`
}

/** One feedback sheet (one page) for one township. */
export async function feedbackDocx(t: TownshipScore, input: Omit<DocumentInput, 'chart'>): Promise<Uint8Array> {
  const d = await lib()
  const p = parts(d)
  return pack(d, p.document(`${t.township}考核反馈单`, [feedbackBody(p, t, input)]))
}

/** All feedback sheets in one document, a page (section) per township. */
export async function feedbackBookDocx(input: Omit<DocumentInput, 'chart'>): Promise<Uint8Array> {
  const d = await lib()
  const p = parts(d)
  return pack(d, p.document(`${input.result.year}年度考核反馈单`, input.result.townships.map(t => feedbackBody(p, t, input))))
}

/** A ZIP of one feedback sheet per township. */
export async function feedbackZip(input: Omit<DocumentInput, 'chart'>): Promise<Uint8Array> {
  const { zipSync } = await import('fflate')
  const files: Record<string, Uint8Array> = {}
  for (const t of input.result.townships) files[feedbackFileName(t, input.result.year)] = await feedbackDocx(t, input)
  return zipSync(files, { level: 6 })
}
