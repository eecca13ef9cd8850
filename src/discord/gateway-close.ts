/**
 * Gateway close codes that no reconnect can heal, and what the operator must
 * do about each. discord.js stops reconnecting on these; a process that stayed
 * up would look alive while answering nothing, so the bot says what happened
 * and exits with its own code for a supervisor to act on (README: exit codes).
 */

/** Exit codes the bot uses; a service manager's restart policy reads them. */
export const EXIT = {
  /** stopped on SIGINT/SIGTERM */
  clean: 0,
  /** the configuration or the first login failed */
  startFailed: 2,
  /** Discord closed the gateway for good (token, intents, shards): restarting will not help until the setting is fixed */
  gatewayFatal: 3,
} as const;

const FATAL: Record<number, string> = {
  4004: 'Discord rejected the token (close 4004). Reset it in the developer portal (Bot → Reset Token) and update DISCORD_TOKEN.',
  4010: 'Discord rejected the shard settings (close 4010, invalid shard). Check SHARDS.',
  4011: 'Discord requires sharding for this many servers (close 4011). Set SHARDS=auto.',
  4012: 'Discord rejected the gateway version (close 4012). Update discord.js (npm ci after pulling).',
  4013: 'Discord rejected the gateway intents (close 4013, invalid intents). This is a bug in the bot: report it.',
  4014: 'Discord refused an intent the application is not allowed (close 4014). The bot needs no privileged intents; check the application in the developer portal.',
};

/** The operator's message for a close code that cannot heal, or null when discord.js will reconnect. */
export function fatalClose(code: number): string | null {
  return FATAL[code] ?? null;
}
