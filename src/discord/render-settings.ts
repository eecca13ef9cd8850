/** /settings' answer: every setting of the server, as now applied. */
import type { ServerSettings } from '../db/settings.ts';
import type { Lang } from '../model/report.ts';
import { ui } from './messages.ts';
import { noPings, type DiscordMessage } from './render.ts';

export function renderSettings(s: ServerSettings, lang: Lang, botFollowUpMinutes: number, saved: boolean): DiscordMessage {
  const t = ui(lang);
  const channels = (ids: string[]) => ids.map((id) => `<#${id}>`).join(', ');
  const mentions =
    s.mentions.only !== null
      ? t.onlyIn(channels(s.mentions.only) || '—')
      : s.mentions.never.length
        ? `${t.everywhere}, ${t.except(channels(s.mentions.never))}`
        : t.everywhere;
  const language = s.language === 'auto' ? t.auto : s.language === 'vi' ? 'Tiếng Việt' : 'English';
  const followUp = s.followUpMinutes === null ? t.botDefault(botFollowUpMinutes) : t.minutes(s.followUpMinutes);
  const lines = t.settingsLines({ mentions, private: s.privateByDefault, language, thread: s.threadByDefault, followUp });
  return {
    content: saved ? t.settingsSaved : '',
    embeds: [{ title: t.settingsTitle, description: lines.join('\n'), color: 0x2b6cb0 }],
    components: [],
    allowedMentions: noPings(),
  };
}
