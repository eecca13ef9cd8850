import { foldDiacritics } from '../src/text/normalize.ts';
import { generateReport, type ReportMeta } from './generate.ts';

/** The benchmark's fixed, mixed workload: free search and every kind of question, accented and accentless. */
export const WORKLOAD: { kind: string; q: string; search?: boolean }[] = [
  { kind: 'search-common', q: 'văn phòng tỉnh hội nghị', search: true },
  { kind: 'search-common', q: 'van phong tinh hoi nghi', search: true },
  { kind: 'search-common', q: 'cải cách hành chính công nghệ thông tin', search: true },
  { kind: 'search-rare', q: 'Cái Mép', search: true },
  { kind: 'search-rare', q: 'cau cai mep 15', search: true },
  { kind: 'search-rare', q: 'Nông Thanh Việt', search: true },
  { kind: 'attendees', q: 'who attended the 2015 congress?' },
  { kind: 'attendees', q: 'ai dự hội nghị tổng kết năm 2018 ở Tây Ninh?' },
  { kind: 'attendees', q: 'ai du hoi nghi nam 2020 o ninh binh' },
  { kind: 'figure', q: 'how many documents did the office issue in 2019?' },
  { kind: 'figure', q: 'năm 2014 tiếp nhận bao nhiêu văn bản đến?' },
  { kind: 'figure', q: 'bao nhieu cuoc hop nam 2012' },
  { kind: 'date', q: 'when was the Tây Ninh conference of 2011 held?' },
  { kind: 'chair', q: 'who chaired the 2016 conference in Ninh Bình?' },
  { kind: 'not-found', q: 'how many bridges collapsed in 2031?' },
  { kind: 'not-found', q: 'ai dự hội nghị ở Springfield năm 1990' },
];

/**
 * A realistic workload of at least 500 questions, drawn from the generated
 * reports themselves (their provinces, offices, years, people and places):
 * every kind of question — attendees, chair, figure, date, person, title,
 * compare, broad, trend, rare search, not found — in three forms: English,
 * Vietnamese, and Vietnamese typed without accents.
 */

type Form = 'en' | 'vi' | 'plain';
const KINDS: Record<string, (m: ReportMeta) => { en: string; vi: string }> = {
  attendees: (m) => ({
    en: `who attended the ${m.year} review of the ${m.office} ${m.province}?`,
    vi: `ai dự hội nghị tổng kết năm ${m.year} của ${m.office} ${m.province}?`,
  }),
  chair: (m) => ({ en: `who chaired the ${m.year} conference in ${m.province}?`, vi: `ai chủ trì hội nghị năm ${m.year} ở ${m.province}?` }),
  figure: (m) => ({
    en: `how many incoming documents did the ${m.office} ${m.province} receive in ${m.year}?`,
    vi: `năm ${m.year} ${m.office} ${m.province} tiếp nhận bao nhiêu văn bản đến?`,
  }),
  date: (m) => ({
    en: `when was the ${m.year} review conference in ${m.province} held?`,
    vi: `hội nghị tổng kết năm ${m.year} ở ${m.province} diễn ra khi nào?`,
  }),
  person: (m) => ({ en: `which meetings did ${m.person} attend?`, vi: `đồng chí ${m.person} dự những hội nghị nào?` }),
  title: (m) => ({ en: `who is the ${m.title} of ${m.province}?`, vi: `ai là ${m.title} ${m.province}?` }),
  compare: (m) => ({
    en: `did the documents received in ${m.province} rise or fall in ${m.year} compared with ${m.year - 1}?`,
    vi: `số văn bản đến của ${m.office} ${m.province} năm ${m.year} tăng hay giảm so với năm ${m.year - 1}?`,
  }),
  broad: (m) =>
    m.year % 2 ? { en: 'how many documents?', vi: 'có bao nhiêu văn bản?' } : { en: 'how many meetings were served?', vi: 'phục vụ bao nhiêu cuộc họp?' },
  trend: (m) => ({ en: `documents received over the years in ${m.province}`, vi: `số văn bản đến qua các năm của ${m.office} ${m.province}` }),
  'search-rare': (m) => ({ en: m.tailPlace ?? m.person, vi: `dự án ${m.tailPlace ?? m.person}` }),
  'not-found': (m) => ({ en: `how many bridges collapsed in ${m.province} in 2031?`, vi: `ai dự hội nghị ở Springfield năm ${m.year - 40}?` }),
};

export function buildWorkload(size: number, perKind = 16): { kind: string; form: Form; q: string; search?: boolean }[] {
  const out: { kind: string; form: Form; q: string; search?: boolean }[] = [];
  let k = 0;
  for (const [kind, make] of Object.entries(KINDS)) {
    for (let i = 0; i < perKind; i++) {
      // Spread over the corpus: report numbers by a stride, different for each kind.
      const m = generateReport((k * 7_919 + i * 104_729) % size).meta;
      const { en, vi } = make(m);
      const search = kind === 'search-rare';
      out.push({ kind, form: 'en', q: en, search }, { kind, form: 'vi', q: vi, search }, { kind, form: 'plain', q: foldDiacritics(vi), search });
    }
    k++;
  }
  return out;
}
