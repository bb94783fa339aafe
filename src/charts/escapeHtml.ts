// HTML escaping for tooltip formatters: ECharts inserts formatter output as HTML.

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }

/** Escapes & < > " ' so any text (township names, labels, units) is inert inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, ch => ENTITIES[ch] ?? ch)
}
