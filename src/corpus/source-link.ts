/**
 * Where a report was published, when it says so: a front-matter or label
 * line ("source: https://…", "Nguồn: Báo Quảng Trị – https://…") or, failing
 * that, a web address alone on a line. Citations link to it. Only http(s)
 * addresses are taken, and only ones that parse as URLs: the address goes
 * into a Discord link and a terminal, so it must be exactly an address.
 */

/** "source:", "Nguồn:", "Nguồn bài:", "Link gốc:", "URL:" followed, somewhere on the line, by the address. */
export const SOURCE_LINE = /^(?:source|nguồn(?: tin| bài| bài viết)?|link(?: gốc| bài)?|url)\s*:.*?(https?:\/\/[^\s<>()"'«»]+)/iu;
/** A web address alone on its line. */
const BARE_URL = /^<?(https?:\/\/[^\s<>"'«»]+)>?$/iu;

/** Examples a test runs: a line and the address read from it (null: not a source line). */
export const SOURCE_EXAMPLES: { line: string; address: string | null }[] = [
  { line: 'source: https://quangtri.gov.vn/tin-tuc/hoi-nghi-tong-ket-2020', address: 'https://quangtri.gov.vn/tin-tuc/hoi-nghi-tong-ket-2020' },
  { line: 'Nguồn: Báo Quảng Trị (https://baoquangtri.vn/bai-viet-123.htm)', address: 'https://baoquangtri.vn/bai-viet-123.htm' },
  { line: 'Nguồn bài: https://example.gov.vn/a?id=5&b=6', address: 'https://example.gov.vn/a?id=5&b=6' },
  { line: 'Link gốc: http://vpubnd.tinh.gov.vn/tin/1', address: 'http://vpubnd.tinh.gov.vn/tin/1' },
  { line: 'https://tinhuy.gov.vn/dai-hoi-2020', address: 'https://tinhuy.gov.vn/dai-hoi-2020' },
  { line: 'Nguồn: Báo Quảng Trị', address: null },
  { line: 'Nguồn: javascript:alert(1)', address: null },
  { line: 'Xem thêm tại https://example.vn/x trong bài viết.', address: null },
];

/** A usable web address, or null: http(s), parsable, of a sensible length; trailing punctuation dropped. */
export function cleanAddress(raw: string): string | null {
  const trimmed = raw.replace(/[.,;:!?…]+$/u, '');
  if (trimmed.length > 500) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The address one line names as the report's source (a label line, or an address alone), or null. */
export function sourceOfLine(line: string): string | null {
  const t = line.trim();
  const m = SOURCE_LINE.exec(t) ?? BARE_URL.exec(t);
  return m ? cleanAddress(m[1]) : null;
}

/** The report's source address: the first label line's, else the first address alone on a line. */
export function sourceAddress(lines: string[]): string | null {
  for (const l of lines) {
    const m = SOURCE_LINE.exec(l.trim());
    const address = m && cleanAddress(m[1]);
    if (address) return address;
  }
  for (const l of lines) {
    const m = BARE_URL.exec(l.trim());
    const address = m && cleanAddress(m[1]);
    if (address) return address;
  }
  return null;
}
