/**
 * Print rules and small string helpers for the teacher's guide and the debrief sheets (guide-html.ts).
 * Kept apart so the page builder stays short; nothing here touches the DOM.
 */

/** Escapes text for HTML content and attribute values alike. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Days since 1970-01-01 for a civil date (H. Hinnant's algorithm): dates without the engine touching `Date`. */
function epochDays(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const epochMs = (iso: string): number => {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  return epochDays(y, m, d) * 86_400_000;
};

/** "4–5 July 2017" in the reader's language; British order for English, as the game writes. */
export function dateRange(start: string, end: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return start === end ? format.format(epochMs(start)) : format.formatRange(epochMs(start), epochMs(end));
}

/**
 * A4 and Letter alike: 12 mm margins leave 186 × 255 mm on Letter, the smaller of the two. Each sheet is
 * one table whose head repeats on every printed page, so a page never goes out without the round's name.
 */
export const PRINT_CSS = [
  '@page{margin:12mm}',
  '*{box-sizing:border-box}',
  'html{font:10pt/1.35 "DejaVu Sans",system-ui,sans-serif;color:#000;background:#fff}',
  'body{margin:0}',
  'table.page{width:100%;border-collapse:collapse;break-after:page;page-break-after:always}',
  'table.page:last-of-type{break-after:auto;page-break-after:auto}',
  'table.page>thead{display:table-header-group}',
  'table.page>thead td{border-bottom:1px solid #444;padding:0 0 2mm;font-size:8.5pt;color:#333}',
  'table.page>tbody>tr>td{padding:3mm 0 0;vertical-align:top}',
  '.running{display:flex;justify-content:space-between;gap:4mm}',
  'h1{font-size:15pt;margin:0 0 1mm}',
  'h2{font-size:11.5pt;margin:4mm 0 1.5mm;border-bottom:1px solid #999}',
  'h3{font-size:10.5pt;margin:3mm 0 1mm}',
  'p,ol,ul,dl{margin:0 0 1.5mm}',
  'ol,ul{padding-inline-start:6mm}',
  'li{margin:0 0 1mm}',
  'dt{font-weight:bold}',
  'dd{margin:0 0 1.5mm}',
  '.meta{color:#333}',
  '.seat{break-inside:avoid;page-break-inside:avoid;margin-bottom:3mm}',
  '.seat h3{border-top:1px solid #bbb;padding-top:1.5mm;font-size:11pt}',
  '.note{font-style:italic}',
  '.sources li{overflow-wrap:anywhere;font-size:8.5pt}',
  '.names{display:flex;gap:3mm;margin:2mm 0 3mm}',
  '.names span{flex:1;border-bottom:1px solid #000}',
  '.answer{height:17mm;border:1px solid #aaa;border-radius:1mm;margin:1mm 0 2.5mm}',
  'table.rubric{width:100%;border-collapse:collapse;font-size:8.5pt;line-height:1.25}',
  'table.rubric th,table.rubric td{border:1px solid #555;padding:1mm 1.5mm;text-align:start;vertical-align:top}',
  'table.rubric td.score{width:14mm}',
  'table.rubric thead th{background:#eee}',
  'footer{margin-top:2mm;font-size:8pt;color:#333}',
].join('');
