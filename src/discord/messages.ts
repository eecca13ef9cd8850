/**
 * Every string the Discord interface says of its own (labels, notices,
 * errors), in English and Vietnamese, and the one rule for which language a
 * user gets. The answers' own words come from the engine (answer/messages.ts).
 */
import type { Lang } from '../model/report.ts';
import { detectLang } from '../understand/understand.ts';

export const UI = {
  en: {
    sources: 'Sources',
    more: 'More sources',
    prev: 'Previous',
    next: 'Next',
    page: 'Page',
    paragraph: '¶',
    noDate: 'no date',
    source: 'source',
    asked: 'Question',
    questionPrefix: 'Q: ',
    whoAttended: 'Who attended',
    howMany: (what: string) => (what ? `How many: ${what}` : 'How many'),
    corpusTitle: (n: number) => `The corpus: ${n} reports`,
    reportsInCorpus: 'Reports in the corpus',
    sorry: (id: string) => `Sorry, something went wrong while answering. The operator can find it in the logs under error id \`${id}\`.`,
    tooSlow: (id: string) =>
      `Sorry, that question took too long to answer and was given up. Try a narrower question (a year, a meeting, a name). Error id \`${id}\`.`,
    slowDown: (s: number) => `You are asking quickly — please wait ${s} s and ask again.`,
    staleButton: 'This button belongs to an older answer and no longer works. Please ask again.',
    noSuchCommand: 'That command no longer exists.',
    thanks: (vote: 'up' | 'down') => `Thanks for the feedback! Your vote: ${vote === 'up' ? '👍' : '👎'}`,
    alreadyVoted: (vote: 'up' | 'down') => `You already voted on this answer: ${vote === 'up' ? '👍' : '👎'}`,
    voteNotSaved: (id: string) => `Sorry, your vote could not be saved; please try again later. Error id \`${id}\`.`,
    noSuchReport: (id: string) => `There is no report "${id}". Pick one from the suggestions.`,
    onlyManagers: 'Only members with Manage Server can rebuild the index.',
    rebuildFailed: (why: string) => `The rebuild failed; the old index keeps serving: ${why}`,
    helpTitle: 'Help',
    commands: '`/ask` · `/who-attended` · `/how-many` · `/search` · `/reports` · `/report` — or @mention the bot with a question.',
  },
  vi: {
    sources: 'Nguồn',
    more: 'Thêm nguồn',
    prev: 'Trước',
    next: 'Tiếp',
    page: 'Trang',
    paragraph: 'đoạn',
    noDate: 'không rõ ngày',
    source: 'nguồn',
    asked: 'Câu hỏi',
    questionPrefix: 'Hỏi: ',
    whoAttended: 'Ai tham dự',
    howMany: (what: string) => (what ? `Bao nhiêu: ${what}` : 'Bao nhiêu'),
    corpusTitle: (n: number) => `Kho báo cáo: ${n} báo cáo`,
    reportsInCorpus: 'Số báo cáo trong kho',
    sorry: (id: string) => `Xin lỗi, đã có lỗi khi trả lời. Quản trị viên có thể tra trong nhật ký với mã lỗi \`${id}\`.`,
    tooSlow: (id: string) => `Xin lỗi, câu hỏi này cần quá nhiều thời gian nên đã dừng. Hãy hỏi hẹp hơn (năm, hội nghị, tên người). Mã lỗi \`${id}\`.`,
    slowDown: (s: number) => `Bạn hỏi hơi nhanh — vui lòng đợi ${s} giây rồi hỏi lại.`,
    staleButton: 'Nút này thuộc câu trả lời cũ và không còn dùng được. Vui lòng hỏi lại.',
    noSuchCommand: 'Lệnh này không còn nữa.',
    thanks: (vote: 'up' | 'down') => `Cảm ơn bạn đã góp ý! Bình chọn của bạn: ${vote === 'up' ? '👍' : '👎'}`,
    alreadyVoted: (vote: 'up' | 'down') => `Bạn đã bình chọn cho câu trả lời này rồi: ${vote === 'up' ? '👍' : '👎'}`,
    voteNotSaved: (id: string) => `Xin lỗi, chưa lưu được bình chọn của bạn; vui lòng thử lại sau. Mã lỗi \`${id}\`.`,
    noSuchReport: (id: string) => `Không có báo cáo "${id}". Hãy chọn từ gợi ý.`,
    onlyManagers: 'Chỉ thành viên có quyền Quản lý máy chủ mới lập lại chỉ mục được.',
    rebuildFailed: (why: string) => `Lập chỉ mục thất bại; chỉ mục cũ vẫn phục vụ: ${why}`,
    helpTitle: 'Trợ giúp',
    commands: '`/hỏi` · `/ai-tham-dự` · `/bao-nhiêu` · `/tìm` · `/danh-sách` · `/báo-cáo` — hoặc nhắc @bot kèm câu hỏi.',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type UiText = (typeof UI)['en'];

/** Vietnamese for a Vietnamese Discord locale ("vi"), else the fallback. */
export function localeLang(locale: string | null | undefined, fallback: Lang = 'en'): Lang {
  return locale?.toLowerCase().startsWith('vi') ? 'vi' : fallback;
}

/**
 * The language a user is spoken to in: a Vietnamese locale wins; otherwise
 * the language of what they wrote; with neither, the server's locale.
 */
export function userLang(opts: { locale?: string | null; text?: string; guildLocale?: string | null }): Lang {
  if (localeLang(opts.locale) === 'vi') return 'vi';
  if (opts.text?.trim()) return detectLang(opts.text);
  return localeLang(opts.locale ?? opts.guildLocale);
}

export function ui(lang: Lang): UiText {
  return UI[lang];
}
