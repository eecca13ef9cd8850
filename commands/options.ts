/** Options several commands share, with Vietnamese localisations. */
import type { SlashCommandBuilder, SlashCommandOptionsOnlyBuilder } from 'discord.js';

type Builder = SlashCommandBuilder | SlashCommandOptionsOnlyBuilder;

export function withPrivate<T extends Builder>(b: T): T {
  b.addBooleanOption((o) =>
    o
      .setName('private')
      .setNameLocalizations({ vi: 'riêng-tư' })
      .setDescription('Only you see the answer')
      .setDescriptionLocalizations({ vi: 'Chỉ bạn thấy câu trả lời' }),
  );
  return b;
}

export function withFor<T extends Builder>(b: T): T {
  b.addUserOption((o) =>
    o
      .setName('for')
      .setNameLocalizations({ vi: 'gửi-cho' })
      .setDescription('Address the answer to this member (pings only them)')
      .setDescriptionLocalizations({ vi: 'Gửi câu trả lời cho thành viên này (chỉ nhắc họ)' }),
  );
  return b;
}
