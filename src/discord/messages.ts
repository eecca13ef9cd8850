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
    managersOnly: 'Only members with Manage Server can use this command.',
    serverOnly: 'This command works in a server, not in DMs.',
    statsTitle: 'What members asked',
    settingsTitle: 'Settings for this server',
    settingsSaved: 'Saved; applied from now on.',
    noQuestionInMessage: 'That message has no text to ask about.',
    noThread: 'I could not open a thread here (the bot may lack the permission to create threads); the answer is above.',
    settingsLines: (s: { mentions: string; private: boolean; language: string; thread: boolean; followUp: string }) => [
      `**Mentions answered:** ${s.mentions}`,
      `**Answers private by default:** ${s.private ? 'yes' : 'no'}`,
      `**Answer language:** ${s.language}`,
      `**/ask opens a thread by default:** ${s.thread ? 'yes' : 'no'}`,
      `**Follow-ups lean on the previous question for:** ${s.followUp}`,
    ],
    everywhere: 'in every channel',
    onlyIn: (list: string) => `only in ${list}`,
    except: (list: string) => `except in ${list}`,
    auto: "the member's (their Discord language, else the question's)",
    minutes: (n: number) => (n === 0 ? 'off' : `${n} min`),
    botDefault: (n: number) => `${n} min (the bot's default)`,
    rebuildFailed: (why: string) => `The rebuild failed; the old index keeps serving: ${why}`,
    helpTitle: 'Help',
    commands:
      '`/ask` · `/who-attended` · `/how-many` · `/trend` · `/search` · `/reports` · `/report` — or @mention the bot with a question, or right-click a message → Apps → *Ask the reports*.',
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
    managersOnly: 'Chỉ thành viên có quyền Quản lý máy chủ mới dùng được lệnh này.',
    serverOnly: 'Lệnh này chỉ dùng trong máy chủ, không dùng trong tin nhắn riêng.',
    statsTitle: 'Thành viên đã hỏi gì',
    settingsTitle: 'Cài đặt của máy chủ này',
    settingsSaved: 'Đã lưu; áp dụng từ bây giờ.',
    noQuestionInMessage: 'Tin nhắn này không có chữ nào để hỏi.',
    noThread: 'Không mở được luồng ở đây (bot có thể thiếu quyền tạo luồng); câu trả lời ở phía trên.',
    settingsLines: (s: { mentions: string; private: boolean; language: string; thread: boolean; followUp: string }) => [
      `**Trả lời khi được nhắc:** ${s.mentions}`,
      `**Câu trả lời riêng tư theo mặc định:** ${s.private ? 'có' : 'không'}`,
      `**Ngôn ngữ trả lời:** ${s.language}`,
      `**/hỏi mở luồng theo mặc định:** ${s.thread ? 'có' : 'không'}`,
      `**Câu hỏi tiếp theo dựa vào câu trước trong:** ${s.followUp}`,
    ],
    everywhere: 'ở mọi kênh',
    onlyIn: (list: string) => `chỉ ở ${list}`,
    except: (list: string) => `trừ ${list}`,
    auto: 'theo thành viên (ngôn ngữ Discord, nếu không thì ngôn ngữ câu hỏi)',
    minutes: (n: number) => (n === 0 ? 'tắt' : `${n} phút`),
    botDefault: (n: number) => `${n} phút (mặc định của bot)`,
    rebuildFailed: (why: string) => `Lập chỉ mục thất bại; chỉ mục cũ vẫn phục vụ: ${why}`,
    helpTitle: 'Trợ giúp',
    commands:
      '`/hỏi` · `/ai-tham-dự` · `/bao-nhiêu` · `/xu-hướng` · `/tìm` · `/danh-sách` · `/báo-cáo` — hoặc nhắc @bot kèm câu hỏi, hoặc nhấp chuột phải vào tin nhắn → Ứng dụng → *Hỏi kho báo cáo*.',
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
