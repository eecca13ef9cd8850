/**
 * A deterministic synthetic corpus in the genre, for the benchmark: reports
 * with header datelines, headlines, leads with dates and offices, attendance
 * in several phrasings, figures in Vietnamese formats, captions, junk and
 * bylines. A common core vocabulary plus a long tail that grows with the
 * corpus: given names, places and projects are made of syllables drawn
 * (Zipf-like, so a few are common and most are rare) from thousands of
 * onset × rhyme × tone combinations, and sentences from many shapes, so that
 * 10,000 reports hold tens of thousands of distinct words, as real ones do.
 */
import { mkdir, writeFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import provinces from '../src/lexicon/data/provinces.json' with { type: 'json' };
import surnames from '../src/lexicon/data/surnames.json' with { type: 'json' };

export const GENERATOR_VERSION = 3;

function rng(seed: number): () => number {
  // mulberry32: small, fast, deterministic
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Ngọc', 'Xuân', 'Hồng', 'Đình', 'Công', 'Quang', 'Anh', 'Kim', 'Bá', 'Thế', 'Trọng'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hùng',
  'Huy',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Minh',
  'Nam',
  'Nga',
  'Phong',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Thủy',
  'Trang',
  'Trung',
  'Tuấn',
  'Việt',
  'Yến',
  'Hiếu',
  'Lộc',
  'Thìn',
  'Điến',
  'Quế',
  'Bắc',
];
const TITLES = [
  'Bí thư Tỉnh ủy',
  'Phó Bí thư Tỉnh ủy',
  'Phó Bí thư Thường trực Tỉnh ủy',
  'Chủ tịch UBND tỉnh',
  'Phó Chủ tịch UBND tỉnh',
  'Chủ tịch HĐND tỉnh',
  'Phó Chủ tịch HĐND tỉnh',
  'Ủy viên Ban Thường vụ Tỉnh ủy',
  'Trưởng Ban Tổ chức Tỉnh ủy',
  'Chánh Văn phòng Tỉnh ủy',
];
const OFFICES = ['Văn phòng UBND tỉnh', 'Văn phòng Tỉnh ủy', 'Văn phòng HĐND tỉnh', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh'];
const GROUPS = [
  'lãnh đạo Đảng ủy Khối các cơ quan tỉnh',
  'đại diện Liên đoàn Lao động tỉnh',
  'lãnh đạo các sở, ban, ngành',
  'đại diện Công đoàn Viên chức tỉnh',
  'toàn thể cán bộ, công chức, viên chức',
];
const COMMON = [
  'Văn phòng đã chủ động tham mưu cho lãnh đạo tỉnh triển khai thực hiện các nhiệm vụ chính trị, bảo đảm đúng quy trình, đúng pháp luật',
  'công tác cải cách hành chính, ứng dụng công nghệ thông tin trong quản lý văn bản và hồ sơ công việc tiếp tục được đẩy mạnh',
  'tập thể cán bộ, công chức, viên chức, người lao động đã đoàn kết, nỗ lực hoàn thành tốt nhiệm vụ được giao',
  'công tác xây dựng Đảng, xây dựng cơ quan vững mạnh được quan tâm, chất lượng sinh hoạt chi bộ từng bước được nâng lên',
  'việc theo dõi, đôn đốc các cơ quan, đơn vị thực hiện ý kiến chỉ đạo của lãnh đạo tỉnh được thực hiện thường xuyên',
  'công tác hậu cần, phục vụ các hội nghị, cuộc họp, đón tiếp các đoàn khách bảo đảm chu đáo, an toàn, tiết kiệm',
  'đề nghị Văn phòng tiếp tục đổi mới phương thức làm việc, nâng cao chất lượng tham mưu, đẩy mạnh chuyển đổi số',
];
const TAIL = ['dự án', 'khu công nghiệp', 'cầu', 'đường tỉnh', 'hồ chứa', 'trường học', 'bệnh viện', 'khu du lịch', 'cụm công nghiệp', 'nhà máy'];
const TAIL_NAMES = [
  'Bến Lức',
  'Sông Hậu',
  'Phú Mỹ',
  'Long Thành',
  'Vân Phong',
  'Cái Mép',
  'Tân Uyên',
  'Nhơn Trạch',
  'Đông Hà',
  'Cam Lộ',
  'Mỹ Thuận',
  'Rạch Miễu',
  'Hòa Lạc',
  'Nghi Sơn',
  'Dung Quất',
  'Chân Mây',
  'Lăng Cô',
  'Tam Kỳ',
  'Cửa Đại',
  'Phước Long',
];

const ONSETS = ['b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x', ''];
/** Rhymes with the tone mark on their vowel (index 0: level tone, then huyền, sắc, hỏi, ngã, nặng). */
const RHYMES: string[][] = [
  ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
  ['an', 'àn', 'án', 'ản', 'ãn', 'ạn'],
  ['ang', 'àng', 'áng', 'ảng', 'ãng', 'ạng'],
  ['anh', 'ành', 'ánh', 'ảnh', 'ãnh', 'ạnh'],
  ['ai', 'ài', 'ái', 'ải', 'ãi', 'ại'],
  ['ao', 'ào', 'áo', 'ảo', 'ão', 'ạo'],
  ['âm', 'ầm', 'ấm', 'ẩm', 'ẫm', 'ậm'],
  ['ân', 'ần', 'ấn', 'ẩn', 'ẫn', 'ận'],
  ['âu', 'ầu', 'ấu', 'ẩu', 'ẫu', 'ậu'],
  ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
  ['en', 'èn', 'én', 'ẻn', 'ẽn', 'ẹn'],
  ['ên', 'ền', 'ến', 'ển', 'ễn', 'ện'],
  ['ênh', 'ềnh', 'ếnh', 'ểnh', 'ễnh', 'ệnh'],
  ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
  ['in', 'ìn', 'ín', 'ỉn', 'ĩn', 'ịn'],
  ['inh', 'ình', 'ính', 'ỉnh', 'ĩnh', 'ịnh'],
  ['iên', 'iền', 'iến', 'iển', 'iễn', 'iện'],
  ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
  ['on', 'òn', 'ón', 'ỏn', 'õn', 'ọn'],
  ['ong', 'òng', 'óng', 'ỏng', 'õng', 'ọng'],
  ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
  ['ôn', 'ồn', 'ốn', 'ổn', 'ỗn', 'ộn'],
  ['ông', 'ồng', 'ống', 'ổng', 'ỗng', 'ộng'],
  ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
  ['ơn', 'ờn', 'ớn', 'ởn', 'ỡn', 'ợn'],
  ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
  ['un', 'ùn', 'ún', 'ủn', 'ũn', 'ụn'],
  ['ung', 'ùng', 'úng', 'ủng', 'ũng', 'ụng'],
  ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
  ['ưng', 'ừng', 'ứng', 'ửng', 'ững', 'ựng'],
  ['ươn', 'ườn', 'ướn', 'ưởn', 'ưỡn', 'ượn'],
  ['ương', 'ường', 'ướng', 'ưởng', 'ưỡng', 'ượng'],
  ['uy', 'uỳ', 'uý', 'uỷ', 'uỹ', 'uỵ'],
  ['uyên', 'uyền', 'uyến', 'uyển', 'uyễn', 'uyện'],
];
/** Every syllable the tables make, in a fixed shuffled order: the first are the common ones. */
const SYLLABLES: string[] = (() => {
  const all: string[] = [];
  for (const o of ONSETS) for (const rh of RHYMES) for (const tone of rh) all.push(o + tone);
  const r = rng(2026);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all;
})();
/** A syllable by a Zipf-like rank: rank k is drawn about as often as 1/k. */
function syllable(r: () => number): string {
  const k = Math.floor(Math.exp(r() * Math.log(SYLLABLES.length)));
  return SYLLABLES[Math.min(SYLLABLES.length - 1, k - 1)];
}
const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
/** A place or project name of two syllables from the long tail ("Phường Lạng"). */
const tailName = (r: () => number) => `${capital(syllable(r))} ${capital(syllable(r))}`;

/** Sentence shapes for the body: slots filled per report, so no two reports repeat the same stock sentences. */
const SHAPES: ((r: () => number, year: number) => string)[] = [
  (r, y) =>
    `Trong năm ${y}, Văn phòng đã phối hợp với các sở, ngành khảo sát ${pick(r, TAIL)} ${tailName(r)} và đề xuất ${num(r, 2, 9)} giải pháp tháo gỡ vướng mắc`,
  (r) =>
    `lãnh đạo Văn phòng thường xuyên đi cơ sở, làm việc với xã ${tailName(r)} và thị trấn ${tailName(r)} về ${pick(r, ['giải phóng mặt bằng', 'xây dựng nông thôn mới', 'chuyển đổi số', 'cải cách hành chính'])}`,
  (r) =>
    `đã tổ chức ${num(r, 2, 40)} lớp tập huấn về ${pick(r, ['kỹ năng soạn thảo văn bản', 'lưu trữ điện tử', 'an toàn thông tin', 'văn hóa công sở'])} cho ${vn(num(r, 40, 2000))} lượt cán bộ`,
  (r) => `tiếp ${num(r, 3, 60)} đoàn khách, trong đó có đoàn công tác của tỉnh ${pick(r, provinces as string[])} đến trao đổi kinh nghiệm tại ${tailName(r)}`,
  (r) => `hệ thống một cửa điện tử đã tiếp nhận ${vn(num(r, 500, 90000))} hồ sơ, giải quyết đúng hạn ${num(r, 90, 99)},${num(r, 0, 9)}%`,
  (r) => `cổng thông tin điện tử đăng tải ${vn(num(r, 200, 9000))} tin, bài; chuyên mục ${tailName(r)} thu hút ${vn(num(r, 1000, 900000))} lượt truy cập`,
  (r) => `công tác thi đua, khen thưởng được thực hiện kịp thời, đề nghị tặng Bằng khen cho ${num(r, 2, 40)} tập thể, ${num(r, 3, 90)} cá nhân`,
  (r) => `Chi bộ ${tailName(r)} được công nhận trong sạch, vững mạnh tiêu biểu; đảng bộ kết nạp ${num(r, 1, 15)} đảng viên mới`,
  (r) => `dự án ${tailName(r)} có tổng mức đầu tư ${num(r, 10, 900)} tỷ đồng đã được tham mưu phê duyệt chủ trương`,
  (r) => `đồng chí ${person(r)} được giao phụ trách ${pick(r, ['khối kinh tế', 'khối văn xã', 'khối nội chính', 'phòng hành chính - tổ chức'])}`,
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}
function num(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}
/** Vietnamese thousands: 30900 → "30.900". */
function vn(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A person: surname and middle name from the tables, given names often from the long tail, so names grow with the corpus. */
function person(r: () => number): string {
  return `${pick(r, surnames)} ${pick(r, MIDDLE)} ${r() < 0.5 ? pick(r, GIVEN) : capital(syllable(r))}`;
}

/** What a generated report is about, for the workload's questions. */
export interface ReportMeta {
  name: string;
  province: string;
  office: string;
  year: number;
  congress: boolean;
  /** the first person named, with the title given */
  person: string;
  title: string;
  tailPlace: string | null;
}

export function generateReport(i: number): { name: string; text: string; meta: ReportMeta } {
  const r = rng(i * 7919 + 17);
  const province = pick(r, provinces as string[]);
  const office = pick(r, OFFICES);
  const year = num(r, 2010, 2025);
  const congress = r() < 0.2;
  const day = num(r, 1, 28);
  const month = congress ? num(r, 4, 8) : pick(r, [1, 1, 1, 12, 12, 2, 3]);
  const heldYear = month >= 10 ? year : year + 1;
  const lines: string[] = [];
  if (r() < 0.5)
    lines.push(`Thứ ${pick(r, ['hai', 'ba', 'tư', 'năm', 'sáu'])}, ${String(day + 1).padStart(2, '0')}/${String(month).padStart(2, '0')}/${heldYear}`, '');
  const term = `${year}-${year + 5}`;
  lines.push(congress ? `Đảng bộ ${office} ${province} tổ chức Đại hội nhiệm kỳ ${term}` : `${office} ${province} tổng kết công tác năm ${year}`, '');
  const when = r() < 0.5 ? `Chiều ${day}/${month}/${heldYear}` : `Sáng ${day}-${month}`;
  lines.push(
    congress
      ? `${when}, Đảng bộ ${office} ${province} tổ chức Đại hội đại biểu nhiệm kỳ ${term}.`
      : `${when}, ${office} ${province} tổ chức hội nghị tổng kết công tác năm ${year}, triển khai nhiệm vụ năm ${year + 1}.`,
    '',
  );
  const a = person(r);
  const b = person(r);
  const title = pick(r, TITLES);
  const style = num(r, 0, 3);
  if (style === 0) lines.push(`Dự hội nghị có đồng chí ${a}, ${title}; ${pick(r, GROUPS)}.`);
  else if (style === 1) lines.push(`Tham dự có các đồng chí: ${a}, ${title}; ${b}, ${pick(r, TITLES)}.`);
  else if (style === 2) lines.push(`${title} ${a} đã đến dự và phát biểu chỉ đạo hội nghị.`);
  else lines.push(`Hội nghị do đồng chí ${a}, ${title} chủ trì; ${pick(r, GROUPS)} cùng dự.`);
  let tailPlace: string | null = null;
  lines.push('');
  if (r() < 0.6) lines.push('Quang cảnh hội nghị', '');
  const paragraphs = num(r, 5, 9);
  for (let p = 0; p < paragraphs; p++) {
    const parts: string[] = [];
    parts.push(`${p === 0 ? `Năm ${year}` : pick(r, ['Bên cạnh đó', 'Đồng thời', 'Ngoài ra', 'Trong năm'])}, ${pick(r, COMMON)}`);
    if (r() < 0.6)
      parts.push(
        `tiếp nhận ${r() < 0.3 ? 'trên ' : ''}${vn(num(r, 1000, 200000))} văn bản đến, phát hành ${vn(num(r, 500, 40000))} văn bản đi (tăng ${num(r, 1, 15)},${num(r, 0, 9)}% so với năm ${year - 1})`,
      );
    if (r() < 0.4) parts.push(`phục vụ ${vn(num(r, 50, 2500))} cuộc họp; hoàn thành ${num(r, 80, 140)}/${num(r, 140, 160)} nội dung`);
    if (r() < 0.5) parts.push(`theo dõi tiến độ ${pick(r, TAIL)} ${pick(r, TAIL_NAMES)} ${num(r, 1, 99)}`);
    if (r() < 0.8) parts.push(pick(r, SHAPES)(r, year));
    if (r() < 0.4) {
      tailPlace ??= tailName(r);
      parts.push(`khởi công ${pick(r, TAIL)} ${tailPlace}`);
    }
    if (r() < 0.3) parts.push(`${pick(r, COMMON)}`);
    lines.push(`${parts.join('; ')}.`, '');
  }
  if (r() < 0.5) lines.push(`Nhân dịp này, ${num(r, 2, 30)} tập thể và ${num(r, 5, 80)} cá nhân được tặng Giấy khen.`, '');
  lines.push(pick(r, ['Thu Hà (TTXVN)', 'ĐỖ HOẠT', 'Minh Đức', 'H. NGA', 'Quốc Cường/BDTV', 'Lê Hợi']));
  if (r() < 0.3) lines.push('', 'BÀI MỚI ĐĂNG', '', 'TOP');
  const name = `syn_${String(i).padStart(6, '0')}.txt`;
  return { name, text: lines.join('\n'), meta: { name, province, office, year, congress, person: a, title, tailPlace } };
}

/** Generate (or reuse) a corpus of `size` reports under bench/.corpus/<size>; returns the folder. */
export async function ensureCorpus(size: number, onProgress?: (done: number, total: number) => void): Promise<string> {
  const dir = join('bench', '.corpus', String(size));
  const marker = join(dir, '.generated');
  try {
    if ((await readFile(marker, 'utf8')).trim() === `v${GENERATOR_VERSION}:${size}`) return dir;
  } catch {
    // not generated yet
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < size; i++) {
    const { name, text } = generateReport(i);
    await writeFile(join(dir, name), text);
    if (onProgress && (i + 1) % Math.max(1, Math.floor(size / 20)) === 0) onProgress(i + 1, size);
  }
  await writeFile(marker, `v${GENERATOR_VERSION}:${size}\n`);
  return dir;
}
