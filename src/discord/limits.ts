/** Discord's limits, each with where it comes from (Discord API docs: Message, Embed, Interaction). */
export const DISCORD = {
  /** message content */
  content: 2000,
  /** embed title */
  embedTitle: 256,
  /** embed description */
  embedDescription: 4096,
  /** embed field name / value */
  fieldName: 256,
  fieldValue: 1024,
  /** fields per embed */
  fields: 25,
  /** footer text */
  footer: 2048,
  /** all embed text in one message */
  embedTotal: 6000,
  /** autocomplete choices, and a choice's name/value length */
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** a component's custom id */
  customId: 100,
  /** an interaction must be answered (or deferred) within this many ms */
  interactionWindowMs: 3000,
} as const;

/** Our own tunables for the bot. */
export const BOT = {
  /** sources shown per page: five snippets of ~300 chars keep a message far below 6000 */
  sourcesPerPage: 5,
  /** reports per /reports page */
  reportsPerPage: 10,
  /** cooldown: at most this many questions per user in the window */
  cooldownMax: 5,
  cooldownWindowMs: 10_000,
  /** answers whose buttons keep working (answer-state file); older ones ask the user to ask again. ~1 KB each */
  answerStatesKept: 20_000,
} as const;
