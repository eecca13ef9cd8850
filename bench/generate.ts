/**
 * A deterministic synthetic corpus in the genre, for the benchmark: reports
 * with header datelines, headlines, leads with dates and offices, attendance
 * in several phrasings, figures in Vietnamese formats, captions, junk and
 * bylines. A common core vocabulary plus a long tail of names, places and
 * numbers, so term frequencies look like the real thing.
 */
import { mkdir, writeFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import provinces from '../src/lexicon/data/provinces.json' with { type: 'json' };
import surnames from '../src/lexicon/data/surnames.json' with { type: 'json' };

export const GENERATOR_VERSION = 2;

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

function person(r: () => number): string {
  return `${pick(r, surnames)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}`;
}

export function generateReport(i: number): { name: string; text: string } {
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
  const style = num(r, 0, 3);
  if (style === 0) lines.push(`Dự hội nghị có đồng chí ${a}, ${pick(r, TITLES)}; ${pick(r, GROUPS)}.`);
  else if (style === 1) lines.push(`Tham dự có các đồng chí: ${a}, ${pick(r, TITLES)}; ${b}, ${pick(r, TITLES)}.`);
  else if (style === 2) lines.push(`${pick(r, TITLES)} ${a} đã đến dự và phát biểu chỉ đạo hội nghị.`);
  else lines.push(`Hội nghị do đồng chí ${a}, ${pick(r, TITLES)} chủ trì; ${pick(r, GROUPS)} cùng dự.`);
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
    if (r() < 0.3) parts.push(`${pick(r, COMMON)}`);
    lines.push(`${parts.join('; ')}.`, '');
  }
  if (r() < 0.5) lines.push(`Nhân dịp này, ${num(r, 2, 30)} tập thể và ${num(r, 5, 80)} cá nhân được tặng Giấy khen.`, '');
  lines.push(pick(r, ['Thu Hà (TTXVN)', 'ĐỖ HOẠT', 'Minh Đức', 'H. NGA', 'Quốc Cường/BDTV', 'Lê Hợi']));
  if (r() < 0.3) lines.push('', 'BÀI MỚI ĐĂNG', '', 'TOP');
  return { name: `syn_${String(i).padStart(6, '0')}.txt`, text: lines.join('\n') };
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
