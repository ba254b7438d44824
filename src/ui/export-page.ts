import { directionOf } from '../i18n/locale';
import { exportPolicy, policyMeta } from '../security/csp';

/** Text for HTML, where the game writes HTML itself (exported pages): every string reaches it as text. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The print rules of an exported page, inline so the file stands alone. */
const CSS = [
  '@page{size:auto;margin:15mm}',
  // The game's fonts where the reader has them installed; the page itself may load nothing.
  'body{font:11pt/1.4 "Noto Sans","Noto Sans Arabic",system-ui,sans-serif;color:#000}',
  'article{break-after:page;page-break-after:always}',
  'table{border-collapse:collapse}',
  'th,td{border:1px solid #555;padding:4px 8px;text-align:start}',
  'td{min-width:6em;height:1.6em}',
].join('');

/**
 * A standalone page to print or keep (a transcript, seat reports), `body` already HTML. Its policy lets
 * nothing run or load (issue 20): whatever a student typed into a statement stays text, even if the
 * escaping were ever wrong, and the file cannot call anywhere when opened. Written in the reader's language
 * and its direction (issue 19).
 */
export function exportPage(title: string, body: string, locale: string): string {
  const head = `${policyMeta(exportPolicy(CSS))}<meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${CSS}</style>`;
  const lang = `lang="${escapeHtml(locale)}" dir="${directionOf(locale)}"`;
  return `<!doctype html>\n<html ${lang}><head>${head}</head><body>\n${body}\n</body></html>\n`;
}
