/**
 * A small fake Discord for end-to-end tests, on 127.0.0.1 only: the REST
 * routes the bot uses (recorded for assertions) and a gateway WebSocket that
 * speaks HELLO, IDENTIFY, READY, GUILD_CREATE, heartbeats, RESUME and
 * dispatches. Every wait is bounded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  /** files sent as multipart/form-data (an attached chart), as Discord receives them */
  files: { field: string; name: string; type: string; data: Buffer }[];
  at: number;
}

let snowflake = 1_300_000_000_000_000_000n;
export const nextId = () => String(++snowflake);

export const BOT_ID = '1100000000000000001';
export const APP_ID = BOT_ID;
export const GUILD_ID = '1200000000000000001';
export const CHANNEL_ID = '1200000000000000002';
/** A public thread under CHANNEL_ID: one conversation for everyone in it. */
export const THREAD_ID = '1200000000000000009';
const THREAD = {
  id: THREAD_ID,
  type: 11,
  name: 'questions',
  guild_id: GUILD_ID,
  parent_id: CHANNEL_ID,
  owner_id: '1300000000000000001',
  thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date(0).toISOString(), locked: false },
  message_count: 0,
  member_count: 2,
};
export const USER = { id: '1400000000000000001', username: 'lan', discriminator: '0', global_name: 'Lan', avatar: null };
export const OTHER_USER = { id: '1400000000000000002', username: 'minh', discriminator: '0', global_name: 'Minh', avatar: null };

interface Session {
  ws: WebSocket;
  seq: number;
  shard: [number, number];
  sessionId: string;
  ready: boolean;
}

export class FakeDiscord {
  requests: RecordedRequest[] = [];
  identifies: { shard: [number, number]; intents: number }[] = [];
  resumes = 0;
  commands = new Map<string, any[]>();
  /** the server's preferred locale, as the guild arrives in READY/GUILD_CREATE */
  guildLocale = 'en-US';
  private server: Server;
  private wss: WebSocketServer;
  private sessions = new Set<Session>();
  private waiters: { pred: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  port = 0;
  shardCount = 1;
  /** threads the bot opened on a message, by id */
  threads = new Map<string, any>();

  constructor() {
    this.server = createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async close(): Promise<void> {
    for (const s of this.sessions) s.ws.terminate();
    this.wss.close();
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---------- REST ----------

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString('utf8');
    let body: any = null;
    const files: RecordedRequest['files'] = [];
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('multipart/form-data')) {
      // Attachments: the JSON is in payload_json, each file in its own part (read with the platform's own FormData parser).
      const form = await new Response(bytes, { headers: { 'content-type': type } }).formData();
      for (const [field, value] of form.entries()) {
        if (typeof value === 'string') {
          if (field === 'payload_json') body = JSON.parse(value);
        } else files.push({ field, name: value.name, type: value.type, data: Buffer.from(await value.arrayBuffer()) });
      }
    } else if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    // Discord's client encodes '@original' as '%40original': record the path as Discord reads it.
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const rec: RecordedRequest = { method: req.method ?? 'GET', path, query: url.searchParams, body, files, at: Date.now() };
    this.requests.push(rec);
    const json = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    try {
      this.route(rec, json, res);
    } finally {
      for (const w of [...this.waiters]) {
        if (w.pred(rec)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(rec);
        }
      }
    }
  }

  private route(rec: RecordedRequest, json: (s: number, d: unknown) => void, res: ServerResponse): void {
    const { method, path, body } = rec;
    if (path === '/gateway/bot' || path === '/gateway') {
      return json(200, {
        url: `ws://127.0.0.1:${this.port}`,
        shards: this.shardCount,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 },
      });
    }
    if (path === '/users/@me') return json(200, this.botUser());
    let m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (m && method === 'POST') {
      if (rec.query.get('with_response') === 'true') {
        return json(200, { interaction: { id: m[1], type: 2 }, resource: { type: body?.type, message: this.message(body?.data ?? {}) } });
      }
      res.writeHead(204);
      res.end();
      return;
    }
    m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path);
    if (m) return json(200, this.message(body ?? {}));
    m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path);
    if (m && method === 'POST') {
      // A thread started on a message gets the message's id, as on Discord.
      const thread = { ...THREAD, id: m[2], name: body?.name ?? 'thread', parent_id: m[1], owner_id: BOT_ID, message_count: 0, member_count: 1 };
      this.threads.set(thread.id, thread);
      return json(201, thread);
    }
    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m && method === 'POST') return json(200, this.message(body ?? {}, m[1]));
    m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (m) {
      const key = m[2] ?? 'global';
      if (method === 'GET') return json(200, this.commands.get(key) ?? []);
      if (method === 'PUT') {
        const registered = (body as any[]).map((c) => ({ ...c, id: nextId(), application_id: APP_ID, version: nextId() }));
        this.commands.set(key, registered);
        return json(200, registered);
      }
    }
    json(404, { message: `Unknown route ${method} ${path}`, code: 0 });
  }

  private botUser() {
    return { id: BOT_ID, username: 'ReportsBot', discriminator: '0', global_name: null, avatar: null, bot: true };
  }

  message(data: any, channelId = CHANNEL_ID) {
    return {
      id: nextId(),
      channel_id: channelId,
      author: this.botUser(),
      content: data.content ?? '',
      embeds: data.embeds ?? [],
      components: data.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      type: 0,
      flags: data.flags ?? 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
    };
  }

  /** Resolve with the first recorded request (past or future) that matches, or reject after `ms`. */
  waitFor(pred: (r: RecordedRequest) => boolean, ms = 5000, since = 0): Promise<RecordedRequest> {
    const past = this.requests.find((r, i) => i >= since && pred(r));
    if (past) return Promise.resolve(past);
    return new Promise((resolve, reject) => {
      const w = { pred, resolve };
      this.waiters.push(w);
      setTimeout(() => {
        const i = this.waiters.indexOf(w);
        if (i >= 0) {
          this.waiters.splice(i, 1);
          reject(new Error(`fake Discord: no matching request within ${ms} ms`));
        }
      }, ms).unref();
    });
  }

  // ---------- Gateway ----------

  private onSocket(ws: WebSocket): void {
    const session: Session = { ws, seq: 0, shard: [0, 1], sessionId: nextId(), ready: false };
    this.sessions.add(session);
    ws.on('close', () => this.sessions.delete(session));
    ws.on('message', (raw) => {
      let p: any;
      try {
        p = JSON.parse(String(raw));
      } catch {
        return;
      }
      if (p.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (p.op === 2) this.onIdentify(session, p.d);
      if (p.op === 6) {
        this.resumes++;
        session.sessionId = p.d.session_id;
        session.seq = p.d.seq ?? 0;
        session.ready = true;
        this.send(session, 'RESUMED', {});
      }
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 10_000 } }));
  }

  private onIdentify(session: Session, d: any): void {
    session.shard = d.shard ?? [0, 1];
    this.identifies.push({ shard: session.shard, intents: d.intents });
    this.send(session, 'READY', {
      v: 10,
      user: this.botUser(),
      guilds: this.guildsFor(session.shard).map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.sessionId,
      resume_gateway_url: `ws://127.0.0.1:${this.port}`,
      shard: session.shard,
      application: { id: APP_ID, flags: 0 },
    });
    session.ready = true;
    for (const g of this.guildsFor(session.shard)) this.send(session, 'GUILD_CREATE', g);
  }

  /** The guild a shard serves: guild id >> 22 mod shard count, as Discord does. */
  private guildsFor(shard: [number, number]) {
    const g = this.guild();
    return Number((BigInt(g.id) >> 22n) % BigInt(shard[1])) === shard[0] ? [g] : [];
  }

  guild() {
    return {
      id: GUILD_ID,
      name: 'Văn phòng test server',
      icon: null,
      owner_id: USER.id,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [{ id: GUILD_ID, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_flags: 0,
      premium_tier: 0,
      preferred_locale: this.guildLocale,
      nsfw_level: 0,
      member_count: 2,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      channels: [{ id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID, position: 0, permission_overwrites: [] }],
      threads: [THREAD],
      members: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private send(session: Session, t: string, d: unknown): void {
    session.seq++;
    session.ws.send(JSON.stringify({ op: 0, t, s: session.seq, d }));
  }

  /** Dispatch an event to every ready session (or only those of one shard). */
  dispatch(t: string, d: unknown, shard?: number): void {
    for (const s of this.sessions) if (s.ready && (shard === undefined || s.shard[0] === shard)) this.send(s, t, d);
  }

  get connected(): number {
    return [...this.sessions].filter((s) => s.ready).length;
  }

  /** Close every gateway connection with a close code, as Discord does (4004: the token was rejected). */
  closeConnections(code: number, reason = ''): void {
    for (const s of this.sessions) s.ws.close(code, reason);
  }

  /** Drop every gateway connection abruptly, as a network failure would. */
  dropConnections(): void {
    for (const s of this.sessions) s.ws.terminate();
  }

  // ---------- Interactions ----------

  /**
   * The response an interaction got, as the user sees it: the callback, or
   * when the bot deferred (type 5, or 6 for a button), the edit that followed,
   * folded into the callback's shape (type 4 or 7, with the deferral's flags).
   */
  async responseTo(id: string, ms = 5000, since = 0): Promise<RecordedRequest> {
    const callback = await this.waitFor((r) => r.path.startsWith(`/interactions/${id}/`), ms, since);
    const type = callback.body?.type;
    if (type !== 5 && type !== 6) return callback;
    const token = callback.path.split('/')[3];
    const edit = await this.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`, ms, since);
    return { ...edit, body: { type: type === 5 ? 4 : 7, data: { ...(callback.body.data ?? {}), ...edit.body } }, files: [...callback.files, ...edit.files] };
  }

  interaction(opts: { type: 2 | 3 | 4; data: any; locale?: string; user?: typeof USER; permissions?: string; message?: any; channelId?: string }): {
    id: string;
    token: string;
  } {
    const thread = opts.channelId === THREAD_ID ? THREAD : opts.channelId ? this.threads.get(opts.channelId) : undefined;
    const id = nextId();
    const token = `tok-${id}`;
    // A fresh member per interaction unless a test names one, so per-user cooldowns do not leak between tests.
    const user = opts.user ?? { ...USER, id: nextId() };
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APP_ID,
      type: opts.type,
      token,
      version: 1,
      locale: opts.locale ?? 'en-US',
      guild_locale: 'en-US',
      guild_id: GUILD_ID,
      channel_id: thread ? thread.id : CHANNEL_ID,
      channel: thread ?? { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general' },
      member: { user, roles: [], permissions: opts.permissions ?? '0', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      app_permissions: '2147483647',
      entitlements: [],
      authorizing_integration_owners: { '0': GUILD_ID },
      context: 0,
      attachment_size_limit: 10485760,
      data: opts.data,
      ...(opts.message ? { message: opts.message } : {}),
    });
    return { id, token };
  }

  /** A slash command with options ({ name: value }). */
  command(
    name: string,
    options: Record<string, string | number | boolean> = {},
    extra: { locale?: string; permissions?: string; user?: typeof USER; resolvedUsers?: (typeof USER)[]; channelId?: string } = {},
  ) {
    const opts = Object.entries(options).map(([n, value]) => ({
      name: n,
      value,
      type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? 4 : n === 'for' ? 6 : 3,
    }));
    const resolved = extra.resolvedUsers ? { users: Object.fromEntries(extra.resolvedUsers.map((u) => [u.id, u])) } : undefined;
    return this.interaction({ type: 2, data: { id: nextId(), name, type: 1, options: opts, ...(resolved ? { resolved } : {}) }, ...extra });
  }

  /** The message context-menu command `name` on a message with this text, by `author`. */
  messageMenu(name: string, content: string, extra: { locale?: string; user?: typeof USER; author?: typeof USER } = {}) {
    const target = { ...this.message({ content }), author: extra.author ?? OTHER_USER };
    return this.interaction({
      type: 2,
      data: { id: nextId(), name, type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } },
      locale: extra.locale,
      user: extra.user,
    });
  }

  autocomplete(name: string, options: { name: string; value: string; focused?: boolean; type?: number }[], locale?: string) {
    return this.interaction({ type: 4, data: { id: nextId(), name, type: 1, options: options.map((o) => ({ type: 3, ...o })) }, locale });
  }

  button(customId: string, message: any, locale?: string, user?: typeof USER) {
    return this.interaction({ type: 3, data: { custom_id: customId, component_type: 2 }, message, locale, user });
  }

  /** A message in the channel (or a DM when guild is false). */
  messageCreate(content: string, opts: { mentions?: string[]; author?: any; guild?: boolean; channelId?: string } = {}) {
    const id = nextId();
    const guild = opts.guild !== false;
    this.dispatch('MESSAGE_CREATE', {
      id,
      channel_id: opts.channelId ?? CHANNEL_ID,
      channel_type: guild ? 0 : 1, // Discord sends it; discord.js needs it to build an uncached DM channel
      ...(guild ? { guild_id: GUILD_ID, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } } : {}),
      author: opts.author ?? USER,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: /@everyone|@here/.test(content),
      mentions: (opts.mentions ?? []).map((uid) => (uid === BOT_ID ? this.botUser() : { ...USER, id: uid })),
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
    });
    return { id };
  }
}
