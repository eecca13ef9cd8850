/** The /reports listing: one page of reports with title, date, office and byline, and page buttons. */
import type { APIButtonComponent } from 'discord.js';
import type { Engine } from '../engine.ts';
import type { Lang } from '../model/report.ts';
import { BOT, DISCORD } from './limits.ts';
import { CUSTOM_ID, defuseMentions, noPings, type DiscordMessage } from './render.ts';
import { trimText } from './trim.ts';
import { KIND_NAME } from '../answer/messages.ts';

export function renderReports(engine: Engine, page: number, lang: Lang): DiscordMessage {
  const reports = [...engine.corpus.reports].sort((a, b) => (b.date.iso ?? '').localeCompare(a.date.iso ?? ''));
  const pages = Math.max(1, Math.ceil(reports.length / BOT.reportsPerPage));
  const p = Math.min(Math.max(0, page), pages - 1);
  const fields = reports.slice(p * BOT.reportsPerPage, (p + 1) * BOT.reportsPerPage).map((r) => ({
    name: trimText(r.title, DISCORD.fieldName),
    value: trimText(
      defuseMentions(
        [`${r.date.iso ?? '?'} · ${KIND_NAME[lang][r.kind]}`, r.office, r.byline ? `✍ ${r.byline}` : null, `\`${r.id}\``].filter(Boolean).join('\n'),
      ),
      DISCORD.fieldValue,
    ),
  }));
  const buttons: APIButtonComponent[] = [];
  if (p > 0) buttons.push({ type: 2, style: 2, label: lang === 'vi' ? 'Trước' : 'Previous', custom_id: CUSTOM_ID.reports(p - 1) });
  if (p < pages - 1) buttons.push({ type: 2, style: 1, label: lang === 'vi' ? 'Tiếp' : 'Next', custom_id: CUSTOM_ID.reports(p + 1) });
  return {
    embeds: [
      {
        title: lang === 'vi' ? `Kho báo cáo: ${reports.length} báo cáo` : `The corpus: ${reports.length} reports`,
        fields,
        footer: { text: `${lang === 'vi' ? 'Trang' : 'Page'} ${p + 1}/${pages}` },
      },
    ],
    components: buttons.length ? [{ type: 1, components: buttons }] : [],
    allowedMentions: noPings(),
  };
}
