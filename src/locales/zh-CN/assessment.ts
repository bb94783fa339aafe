// 考核页的文字。
import carry from '@/core/messages/carry.zh-CN'
export default {
  assessment: {
    title: '{year} 年度法治建设考核',
    schemeLine: '方案：{name}（满分折算为 {scale} 分）',
    edited: '已使用本县修改的方案',
    source: '来源：{source}',
    noScheme: '考核方案有误，无法计分：',
    noData: '还没有数据：请先在“数据”页导入各乡镇报送的数据。',
    storageFailed: '评议分未能保存：{error}',
    peer: { label: '排名范围', all: '全部', 街道: '街道', 镇: '镇', 乡: '乡' },
    chart: {
      title: '{year} 年度法治建设考核总分排名',
      titlePeer: '{year} 年度法治建设考核总分排名（{peer}）',
      total: '总分', grade: '等次', rank: '名次', completeness: '数据完整度', incomplete: '数据 {share}', notSubmitted: '未报送', noData: '暂无数据',
      completenessLine: '{sent} / {all} 个乡镇（街道）报送了数据',
      kind: '考核排名',
      unit: '分',
    },
    groups: {
      pending: '待评议',
      title: '{year} 年度考核分组得分', titlePeer: '{year} 年度考核分组得分（{peer}）',
      share: '得分率', points: '得分', worse: '得分率低', better: '得分率高', kind: '分组得分',
      legend: '每格为该组得分 / 该组满分，颜色按得分率；灰色为未报送或待评议',
      averages: '各组平均得分率（由低到高）：{list}', weakest: '全县最弱的一组是“{group}”，平均得分率 {share}',
    },
    table: {
      caption: '考核得分表（点击一行查看扣分明细）',
      rank: '名次', peerRank: '同类名次', township: '乡镇（街道）', kind: '类型', total: '总分', grade: '等次', completeness: '数据完整度', change: '名次变化',
      up: '上升 {n} 位', down: '下降 {n} 位', same: '持平', none: '上年无数据',
      notSubmitted: '未报送', incomplete: '数据不全，得分偏低不代表工作差',
    },
    lists: {
      bottom: '末位', failed: '不合格', notSubmitted: '未报送', late: '逾期报送', unscored: '名称未确认、未计分', none: '无',
    },
    breakdown: {
      title: '{township} 得分明细',
      summary: '总分 {total} · {grade} · 全县第 {rank} 名 · 同类第 {peerRank} 名 · 数据完整度 {completeness}',
      item: '考核项', points: '得分', max: '满分', lost: '失分', status: '状态', reason: '说明', evidence: '依据',
      close: '收起',
      statuses: { scored: '已计分', missing: '缺数', pending: '待评议', gate: '否决', clear: '未触发' },
      bonus: '加分',
      sentence: '{place}：“{sentence}”', derived: '{text}（由 {indicator} 计算）', evidenceSeparator: '；',
      manual: {
        points: '评议分', reason: '理由', save: '保存评议分', clear: '清除', saved: '已保存', placeholder: '写明打分理由',
      },
    },
    editor: {
      title: '考核方案', hint: '方案为 JSON（格式见 data/README.md）。修改后先看校验和预览，再点“使用此方案”。',
      apply: '使用此方案', reset: '恢复内置方案', import: '导入方案 JSON', export: '导出方案 JSON',
      valid: '方案校验通过：{items} 个考核项。', invalid: '方案有 {n} 处问题：', notJson: '不是有效的 JSON：{error}',
      preview: '预览（按此方案计分的前 {n} 名与后 {n} 名）', applied: '已使用新方案。',
      fileName: '考核方案.json',
      previewRow: '{rank}. {township} {total}（{grade}）',
    },
    docs: {
      title: '通报与反馈单',
      notice: '下载通报（Word）', feedbackZip: '下载反馈单（每乡镇一份，ZIP）', feedbackBook: '下载反馈单合订本（Word）',
      csv: '得分表 CSV', xlsx: '得分表 Excel', busy: '正在生成…', failed: '生成失败：{error}',
      noticeName: '{county}{year}年度法治建设考核通报.docx', zipName: '{county}{year}年度考核反馈单.zip', bookName: '{county}{year}年度考核反馈单（合订）.docx',
      tableName: '{county}{year}年度考核得分表',
    },
    // Township kinds as the score table shows them.
    kinds: { 街道: '街道', 镇: '镇', 乡: '乡', 乡镇: '乡镇' },
    // 上年整改情况 (carry-forward), on the township page: the same words as the feedback sheet's (src/core/messages/carry.*.ts).
    carry,
  },
}
