/**
 * A local Discord for tests and benchmarks: REST under `/api/v10` and the gateway over WebSocket, both on
 * 127.0.0.1 on an ephemeral port. A real discord.js client logs in to it with `rest: { api: fake.apiUrl }`
 * (the gateway URL comes from `GET /gateway/bot`).
 *
 *   const fake = await startDiscordFake();            // options: see FakeOptions
 *   // bot: new Client({ ..., rest: { api: fake.apiUrl } }).login(fake.token)
 *   await fake.identified;                            // the client has received READY + GUILD_CREATE
 *   const { id } = fake.sendCommand("who", [{ name: "name", type: 3, value: "raha" }], { as: "member" });
 *   const cb = await fake.waitForCallback(id);        // { type, data, ms } as the bot POSTed it
 *   fake.sendAutocomplete(name, options)              // focused option: `focused: true`
 *   fake.sendButton(customId, message, { as })        // a click on a component of `message`
 *   fake.sendMessage({ content, mentionBot, mentionBotRole, author })   // MESSAGE_CREATE
 *   await fake.waitForRequest((r) => r.method === "POST" && r.path === `/channels/${id}/messages`)
 *   fake.commandPayload(...) + fake.sendInteraction(p) // an interaction payload altered by the test
 *   fake.dispatch(t, d)                                // any gateway event as is
 *   fake.requests / fake.rejected                      // every REST request / the ones answered 4xx
 *   fake.injectFault({ match, status: 429, retryAfter }) // faults: 429 with retry-after, 500/502, a delay
 *   fake.closeGateway(4004)                            // the gateway closes the bot's connection with a code
 *   await fake.close()
 *
 * Requests are validated as Discord does (message, embed, component and autocomplete limits; required
 * fields; one acknowledgement per interaction; editing the original only after it; the bot's channel
 * permissions for posting). A rejected request is answered 400/403/404 with Discord's error shape and kept in
 * `rejected`, so tests can assert there were none.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

// ---- ids and permissions --------------------------------------------------------------------------------

// as Discord's: the creation time in the top bits (discord.js reads an interaction's age from it), then a counter
let snow = 0n;
export function snowflake(): string {
  const now = BigInt(Date.now() - 1420070400000) << 22n;
  snow = now > snow ? now : snow + 1n;
  return snow.toString();
}

export const P = {
  CreateInstantInvite: 1n << 0n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  UseApplicationCommands: 1n << 31n,
  SendMessagesInThreads: 1n << 38n,
} as const;
const ALL = (1n << 53n) - 1n;
export const MEMBER_PERMS =
  P.ViewChannel | P.SendMessages | P.ReadMessageHistory | P.UseApplicationCommands | P.AddReactions | P.EmbedLinks;
export const MODERATOR_PERMS = MEMBER_PERMS | P.ManageMessages;
export const ADMIN_PERMS = MODERATOR_PERMS | P.ManageGuild;
const BOT_PERMS = P.ViewChannel | P.SendMessages | P.EmbedLinks | P.ReadMessageHistory;

// ---- types ----------------------------------------------------------------------------------------------

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, without the query. */
  path: string;
  query: URLSearchParams;
  body: any;
  auth: string | undefined;
  at: number;
  status?: number;
}

export interface Rejection {
  request: RecordedRequest;
  status: number;
  code: number;
  message: string;
  errors: string[];
}

export interface CallbackRecord {
  interactionId: string;
  type: number;
  data: any;
  /** ms from the INTERACTION_CREATE dispatch to the callback. */
  ms: number;
}

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

interface FakeChannel {
  id: string;
  name: string;
  type: number;
  guild_id: string;
  position: number;
  permission_overwrites: { id: string; type: 0 | 1; allow: string; deny: string }[];
  parent_id: null;
  topic: null;
  nsfw: boolean;
  last_message_id: null;
  rate_limit_per_user: number;
}

interface InteractionState {
  id: string;
  token: string;
  type: number;
  dispatchedAt: number;
  acked: boolean;
  /** The original response message, once there is one. */
  original: any | null;
  callback: CallbackRecord | null;
  waiters: ((c: CallbackRecord) => void)[];
  channelId: string;
  user: FakeUser;
}

export interface FakeOptions {
  token?: string;
  /** Extra delay before every REST answer, ms. */
  latencyMs?: number;
  /** Close the gateway with this code instead of answering IDENTIFY (4004, 4010-4014: Discord's fatal closes). */
  identifyCloseCode?: number;
}

/** A fault injected into REST: the next `times` requests that `match` are answered 429 (with retry-after) or
 * 500/502 instead of being served, or are served after `delayMs` (a slow Discord; on an interaction callback,
 * a late acknowledgement). */
export interface FakeFault {
  match: (r: RecordedRequest) => boolean;
  /** How many matching requests it applies to (default 1). */
  times?: number;
  status?: 429 | 500 | 502;
  /** Seconds, for 429 (default 0.1). */
  retryAfter?: number;
  /** For 429: a global rate limit rather than a route's. */
  global?: boolean;
  delayMs?: number;
}

export type Who = "member" | "moderator" | "admin";

export interface CommandOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: CommandOption[];
}

export interface DiscordFake {
  apiUrl: string;
  gatewayUrl: string;
  token: string;
  applicationId: string;
  bot: FakeUser;
  guildId: string;
  botRoleId: string;
  everyoneRoleId: string;
  /** `announcements`: moderators may not post there; `modlog`: moderators may not even see it; `elsewhere`: a
   * channel of another server the bot is in (not in this guild's GUILD_CREATE). */
  channels: {
    news: string;
    briefings: string;
    locked: string;
    readonly: string;
    announcements: string;
    modlog: string;
    elsewhere: string;
  };
  users: Record<Who, FakeUser>;
  /** Resolves when a client has identified and received READY and GUILD_CREATE. */
  identified: Promise<void>;
  requests: RecordedRequest[];
  rejected: Rejection[];
  callbacks: CallbackRecord[];
  /** Messages posted through REST, by id (channel posts, follow-ups, edited originals). */
  messages: Map<string, any>;
  /** Registered application commands (global and guild). */
  commands: { global: any[]; guild: Map<string, any[]> };
  sendInteraction(payload: Record<string, any>): { id: string; token: string; payload: any };
  /** A full interaction payload as `sendCommand` would send it, to alter before `sendInteraction`. */
  commandPayload(name: string, options?: CommandOption[], opts?: { as?: Who; channelId?: string }): any;
  /** Sends any gateway dispatch as is (for payloads the helpers do not make). */
  dispatch(t: string, d: unknown): void;
  sendCommand(
    name: string,
    options?: CommandOption[],
    opts?: { as?: Who; channelId?: string; resolvedChannels?: string[] },
  ): { id: string; token: string };
  sendAutocomplete(name: string, options: CommandOption[], opts?: { as?: Who; channelId?: string }): { id: string; token: string };
  sendButton(customId: string, message: any, opts?: { as?: Who; channelId?: string }): { id: string; token: string };
  /** `bot: true` sends it as another bot account. */
  sendMessage(opts: {
    content: string;
    mentionBot?: boolean;
    mentionBotRole?: boolean;
    author?: FakeUser;
    channelId?: string;
    bot?: boolean;
  }): { id: string };
  waitForCallback(interactionId: string, timeoutMs?: number): Promise<CallbackRecord>;
  waitForRequest(pred: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** The bot's permissions in a channel as the fake computes them. */
  botPermissions(channelId: string): bigint;
  /** Injects a REST fault; returns a function that removes it. */
  injectFault(fault: FakeFault): () => void;
  /** Faults answered so far (the request and what it got). */
  faulted: { request: RecordedRequest; status?: number; delayMs?: number }[];
  /** Closes every open gateway connection with `code` (a fatal one such as 4004, or a resumable one). */
  closeGateway(code: number, reason?: string): void;
  /** Denies the bot's role `bits` in a channel (0n lifts the denial) and tells the client (CHANNEL_UPDATE). */
  denyBot(channelId: string, bits: bigint): void;
  close(): Promise<void>;
}

// ---- validation -----------------------------------------------------------------------------------------

const LIMIT = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  total: 6000,
  rows: 5,
  rowItems: 5,
  customId: 100,
  label: 80,
};

function len(s: unknown): number {
  return typeof s === "string" ? s.length : 0;
}

/** Checks a message body as Discord does; returns the problems (empty when valid). */
export function validateMessage(body: any, opts: { create: boolean; callback?: boolean }): string[] {
  const e: string[] = [];
  if (body === null || typeof body !== "object") return ["body must be an object"];
  const known = new Set([
    "content",
    "embeds",
    "components",
    "allowed_mentions",
    "flags",
    "tts",
    "message_reference",
    "attachments",
    "sticker_ids",
    "nonce",
    "enforce_nonce",
    "poll",
    "files",
    "payload_json",
  ]);
  for (const k of Object.keys(body)) if (!known.has(k)) e.push(`unknown field ${k}`);
  if (body.content !== undefined && body.content !== null) {
    if (typeof body.content !== "string") e.push("content must be a string");
    else if (body.content.length > LIMIT.content) e.push(`content: must be 2000 or fewer in length (${body.content.length})`);
  }
  const embeds = body.embeds ?? [];
  if (!Array.isArray(embeds)) e.push("embeds must be an array");
  else {
    if (embeds.length > LIMIT.embeds) e.push(`embeds: must be 10 or fewer (${embeds.length})`);
    let total = 0;
    embeds.forEach((em: any, i: number) => {
      const at = `embeds[${i}]`;
      if (len(em.title) > LIMIT.title) e.push(`${at}.title: must be 256 or fewer (${len(em.title)})`);
      if (len(em.description) > LIMIT.description) e.push(`${at}.description: must be 4096 or fewer (${len(em.description)})`);
      if (em.footer && (typeof em.footer.text !== "string" || em.footer.text.length === 0)) e.push(`${at}.footer.text: required`);
      if (len(em.footer?.text) > LIMIT.footer) e.push(`${at}.footer.text: must be 2048 or fewer`);
      if (em.author && len(em.author.name) > LIMIT.author) e.push(`${at}.author.name: must be 256 or fewer`);
      if (em.url !== undefined && !/^https?:\/\//.test(String(em.url))) e.push(`${at}.url: not a well formed URL`);
      if (em.color !== undefined && (!Number.isInteger(em.color) || em.color < 0 || em.color > 0xffffff)) e.push(`${at}.color: invalid`);
      if (em.timestamp !== undefined && Number.isNaN(Date.parse(em.timestamp))) e.push(`${at}.timestamp: invalid`);
      const fields = em.fields ?? [];
      if (fields.length > LIMIT.fields) e.push(`${at}.fields: must be 25 or fewer (${fields.length})`);
      fields.forEach((f: any, j: number) => {
        if (typeof f.name !== "string" || f.name.length === 0) e.push(`${at}.fields[${j}].name: required`);
        if (typeof f.value !== "string" || f.value.length === 0) e.push(`${at}.fields[${j}].value: required`);
        if (len(f.name) > LIMIT.fieldName) e.push(`${at}.fields[${j}].name: must be 256 or fewer (${len(f.name)})`);
        if (len(f.value) > LIMIT.fieldValue) e.push(`${at}.fields[${j}].value: must be 1024 or fewer (${len(f.value)})`);
        total += len(f.name) + len(f.value);
      });
      total += len(em.title) + len(em.description) + len(em.footer?.text) + len(em.author?.name);
      const hasSomething = em.title || em.description || fields.length || em.footer || em.author || em.image || em.thumbnail;
      if (!hasSomething) e.push(`${at}: empty embed`);
    });
    if (total > LIMIT.total) e.push(`embeds: 6000 characters in all at most (${total})`);
  }
  const rows = body.components ?? [];
  if (!Array.isArray(rows)) e.push("components must be an array");
  else {
    if (rows.length > LIMIT.rows) e.push(`components: must be 5 or fewer rows`);
    const ids = new Set<string>();
    rows.forEach((row: any, i: number) => {
      if (row.type !== 1) e.push(`components[${i}].type: must be an action row (1)`);
      const items = row.components ?? [];
      if (items.length === 0 || items.length > LIMIT.rowItems) e.push(`components[${i}].components: 1 to 5 items`);
      items.forEach((c: any, j: number) => {
        const at = `components[${i}].components[${j}]`;
        if (c.type !== 2) return;
        if (c.style === 5) {
          if (!c.url) e.push(`${at}.url: required for a link button`);
          if (c.custom_id !== undefined) e.push(`${at}: a link button has no custom_id`);
        } else {
          if (![1, 2, 3, 4].includes(c.style)) e.push(`${at}.style: invalid`);
          if (typeof c.custom_id !== "string" || c.custom_id.length === 0) e.push(`${at}.custom_id: required`);
          else if (c.custom_id.length > LIMIT.customId) e.push(`${at}.custom_id: must be 100 or fewer (${c.custom_id.length})`);
          else if (ids.has(c.custom_id)) e.push(`${at}.custom_id: duplicate ${c.custom_id}`);
          ids.add(c.custom_id);
        }
        if (!c.label && !c.emoji) e.push(`${at}: needs a label or an emoji`);
        if (len(c.label) > LIMIT.label) e.push(`${at}.label: must be 80 or fewer (${len(c.label)})`);
      });
    });
  }
  const am = body.allowed_mentions;
  if (am !== undefined) {
    const okParse = ["roles", "users", "everyone"];
    if (am.parse !== undefined && (!Array.isArray(am.parse) || am.parse.some((p: unknown) => !okParse.includes(p as string))))
      e.push("allowed_mentions.parse: invalid");
    if (am.parse?.includes("users") && am.users?.length) e.push("allowed_mentions: parse users and users are exclusive");
    if (am.parse?.includes("roles") && am.roles?.length) e.push("allowed_mentions: parse roles and roles are exclusive");
  }
  if (body.flags !== undefined && body.flags !== null) {
    const allowed = opts.callback ? 64 | 4 | 4096 | 32768 : 4 | 4096 | 32768;
    if ((Number(body.flags) & ~allowed) !== 0) e.push(`flags: ${body.flags} not allowed here`);
  }
  if (opts.create) {
    const has =
      (typeof body.content === "string" && body.content.length > 0) ||
      embeds.length > 0 ||
      rows.length > 0 ||
      (body.sticker_ids?.length ?? 0) > 0 ||
      (body.attachments?.length ?? 0) > 0 ||
      body.poll;
    if (!has) e.push("Cannot send an empty message");
  }
  return e;
}

function validateChoices(body: any): string[] {
  const e: string[] = [];
  const choices = body?.data?.choices;
  if (!Array.isArray(choices)) return ["data.choices: required"];
  if (choices.length > 25) e.push(`data.choices: must be 25 or fewer (${choices.length})`);
  choices.forEach((c: any, i: number) => {
    if (typeof c.name !== "string" || c.name.length < 1 || c.name.length > 100)
      e.push(`data.choices[${i}].name: 1 to 100 characters (${len(c.name)})`);
    if (typeof c.value === "string" && (c.value.length < 1 || c.value.length > 100))
      e.push(`data.choices[${i}].value: 1 to 100 characters`);
    if (c.value === undefined) e.push(`data.choices[${i}].value: required`);
  });
  return e;
}

const NAME_RE = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function validateCommands(body: any): string[] {
  const e: string[] = [];
  if (!Array.isArray(body)) return ["body must be an array of commands"];
  if (body.length > 100) e.push("at most 100 commands");
  const names = new Set<string>();
  const checkOptions = (opts: any[], at: string) => {
    if (opts.length > 25) e.push(`${at}: at most 25 options`);
    let sawOptional = false;
    const seen = new Set<string>();
    opts.forEach((o, i) => {
      const p = `${at}[${i}]`;
      if (typeof o.name !== "string" || !NAME_RE.test(o.name) || o.name !== o.name.toLowerCase()) e.push(`${p}.name: invalid ${o.name}`);
      if (seen.has(o.name)) e.push(`${p}.name: duplicate`);
      seen.add(o.name);
      if (typeof o.description !== "string" || o.description.length < 1 || o.description.length > 100)
        e.push(`${p}.description: 1 to 100 characters`);
      if (o.required && sawOptional) e.push(`${p}: required options must come before optional ones`);
      if (!o.required) sawOptional = true;
      if (o.autocomplete && o.choices?.length) e.push(`${p}: autocomplete and choices are exclusive`);
      if (o.options) checkOptions(o.options, `${p}.options`);
    });
  };
  body.forEach((c: any, i: number) => {
    const at = `[${i}]`;
    if (typeof c.name !== "string" || !NAME_RE.test(c.name) || c.name !== c.name.toLowerCase()) e.push(`${at}.name: invalid ${c.name}`);
    if (names.has(c.name)) e.push(`${at}.name: duplicate ${c.name}`);
    names.add(c.name);
    if ((c.type ?? 1) === 1 && (typeof c.description !== "string" || c.description.length < 1 || c.description.length > 100))
      e.push(`${at}.description: 1 to 100 characters`);
    if (
      c.default_member_permissions !== undefined &&
      c.default_member_permissions !== null &&
      !/^\d+$/.test(String(c.default_member_permissions))
    )
      e.push(`${at}.default_member_permissions: a string bitfield`);
    checkOptions(c.options ?? [], `${at}.options`);
  });
  return e;
}

// ---- the fake -------------------------------------------------------------------------------------------

function user(username: string, bot = false): FakeUser {
  return {
    id: snowflake(),
    username,
    global_name: bot ? null : username[0]!.toUpperCase() + username.slice(1),
    discriminator: "0",
    avatar: null,
    ...(bot ? { bot: true } : {}),
  };
}

export async function startDiscordFake(options: FakeOptions = {}): Promise<DiscordFake> {
  const token = options.token ?? "fake-token.for-tests-only.abcdefghijklmnop";
  const applicationId = snowflake();
  const bot: FakeUser = { id: applicationId, username: "newsdesk", global_name: null, discriminator: "0", avatar: null, bot: true };
  const guildId = snowflake();
  const everyoneRoleId = guildId;
  const botRoleId = snowflake();
  const modRoleId = snowflake();
  const users: Record<Who, FakeUser> = { member: user("reporter"), moderator: user("editor"), admin: user("chief") };
  const otherBot = user("otherbot", true);
  const roleOf: Record<Who, string[]> = { member: [], moderator: [modRoleId], admin: [modRoleId] };
  const roles = [
    {
      id: everyoneRoleId,
      name: "@everyone",
      color: 0,
      hoist: false,
      position: 0,
      permissions: String(MEMBER_PERMS),
      managed: false,
      mentionable: false,
      flags: 0,
      icon: null,
      unicode_emoji: null,
    },
    {
      id: modRoleId,
      name: "Editors",
      color: 0,
      hoist: false,
      position: 1,
      permissions: String(ADMIN_PERMS),
      managed: false,
      mentionable: false,
      flags: 0,
      icon: null,
      unicode_emoji: null,
    },
    {
      id: botRoleId,
      name: "newsdesk",
      color: 0,
      hoist: false,
      position: 2,
      permissions: String(BOT_PERMS),
      managed: true,
      mentionable: false,
      flags: 0,
      icon: null,
      unicode_emoji: null,
      tags: { bot_id: bot.id },
    },
  ];
  const channel = (name: string, position: number, overwrites: FakeChannel["permission_overwrites"] = []): FakeChannel => ({
    id: snowflake(),
    name,
    type: 0,
    guild_id: guildId,
    position,
    permission_overwrites: overwrites,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
  });
  const news = channel("news", 0);
  const briefings = channel("briefings", 1);
  // the bot may read but not post; and one where it may post but not embed links
  const locked = channel("locked", 2, [{ id: botRoleId, type: 0, allow: "0", deny: String(P.SendMessages) }]);
  const readonly = channel("no-embeds", 3, [{ id: botRoleId, type: 0, allow: "0", deny: String(P.EmbedLinks) }]);
  // channels where the moderators (not the bot) are restricted
  const announcements = channel("announcements", 4, [{ id: modRoleId, type: 0, allow: "0", deny: String(P.SendMessages) }]);
  const modlog = channel("mod-log", 5, [{ id: modRoleId, type: 0, allow: "0", deny: String(P.ViewChannel) }]);
  const channels = [news, briefings, locked, readonly, announcements, modlog];
  // a channel of another server the bot is also in
  const elsewhere: FakeChannel = { ...channel("elsewhere", 0), guild_id: snowflake() };
  const anyChannel = (id: string) => channels.find((c) => c.id === id) ?? (id === elsewhere.id ? elsewhere : undefined);
  const memberObj = (u: FakeUser, r: string[]) => ({
    user: u,
    roles: r,
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    premium_since: null,
    pending: false,
    communication_disabled_until: null,
  });
  const members = [
    memberObj(bot, [botRoleId]),
    memberObj(users.member, roleOf.member),
    memberObj(users.moderator, roleOf.moderator),
    memberObj(users.admin, roleOf.admin),
  ];

  const requests: RecordedRequest[] = [];
  const rejected: Rejection[] = [];
  const callbacks: CallbackRecord[] = [];
  const messages = new Map<string, any>();
  const interactions = new Map<string, InteractionState>();
  const byToken = new Map<string, InteractionState>();
  const commands = { global: [] as any[], guild: new Map<string, any[]>() };
  const requestWaiters: { pred: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  let resolveIdentified!: () => void;
  const identified = new Promise<void>((r) => (resolveIdentified = r));
  const sockets = new Set<WebSocket>();
  let seq = 0;

  function permissionsOf(roleIds: string[], userId: string, channelId: string): bigint {
    let base = BigInt(roles[0]!.permissions);
    for (const r of roles) if (roleIds.includes(r.id)) base |= BigInt(r.permissions);
    if (base & P.Administrator) return ALL;
    const ch = channels.find((c) => c.id === channelId);
    if (!ch) return base;
    let p = base;
    const ow = ch.permission_overwrites;
    const ev = ow.find((o) => o.id === everyoneRoleId);
    if (ev) p = (p & ~BigInt(ev.deny)) | BigInt(ev.allow);
    let allow = 0n;
    let deny = 0n;
    for (const o of ow)
      if (o.type === 0 && o.id !== everyoneRoleId && roleIds.includes(o.id)) {
        allow |= BigInt(o.allow);
        deny |= BigInt(o.deny);
      }
    p = (p & ~deny) | allow;
    const mo = ow.find((o) => o.type === 1 && o.id === userId);
    if (mo) p = (p & ~BigInt(mo.deny)) | BigInt(mo.allow);
    return p;
  }
  const botPermissions = (channelId: string) => permissionsOf([botRoleId], bot.id, channelId);
  const whoPermissions = (who: Who, channelId: string) => permissionsOf(roleOf[who], users[who].id, channelId);

  // ---- gateway ----

  const dispatch = (t: string, d: unknown) => {
    seq++;
    const frame = JSON.stringify({ op: 0, t, s: seq, d });
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(frame);
  };

  function guildPayload() {
    return {
      id: guildId,
      name: "Newsroom",
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: users.admin.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles,
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      max_members: 500000,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: "en-US",
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      joined_at: new Date(0).toISOString(),
      large: false,
      unavailable: false,
      member_count: members.length,
      voice_states: [],
      members,
      channels,
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
    };
  }

  function onSocket(ws: WebSocket) {
    sockets.add(ws);
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null }));
    ws.on("message", (raw) => {
      let msg: any;
      try {
        msg = JSON.parse(String(raw));
      } catch {
        ws.close(4002, "Decode error");
        return;
      }
      switch (msg.op) {
        case 1:
          ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
          break;
        case 2: {
          if (options.identifyCloseCode) {
            ws.close(options.identifyCloseCode, "Closed by the test");
            return;
          }
          if (msg.d?.token !== token && msg.d?.token !== `Bot ${token}`) {
            ws.close(4004, "Authentication failed");
            return;
          }
          const intents = Number(msg.d?.intents ?? 0);
          if (intents & ((1 << 1) | (1 << 8) | (1 << 15))) {
            ws.close(4014, "Disallowed intent(s)");
            return;
          }
          seq = 0;
          dispatch("READY", {
            v: 10,
            user: { ...bot, verified: true, mfa_enabled: false, flags: 0 },
            guilds: [{ id: guildId, unavailable: true }],
            session_id: "fake-session",
            resume_gateway_url: gatewayUrl,
            shard: [0, 1],
            application: { id: applicationId, flags: 0 },
            user_settings: {},
            relationships: [],
            private_channels: [],
            presences: [],
            guild_join_requests: [],
          });
          dispatch("GUILD_CREATE", guildPayload());
          resolveIdentified();
          break;
        }
        case 6:
          dispatch("RESUMED", null);
          break;
        default:
          break;
      }
    });
    ws.on("close", () => sockets.delete(ws));
  }

  // ---- REST ----

  const faults: (FakeFault & { left: number })[] = [];
  const faulted: DiscordFake["faulted"] = [];
  const server = createServer((req, res) => void handle(req, res));
  const wss = new WebSocketServer({ server });
  wss.on("connection", onSocket);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const apiUrl = `http://127.0.0.1:${port}/api`;
  const gatewayUrl = `ws://127.0.0.1:${port}`;

  function send(res: ServerResponse, status: number, body?: unknown) {
    if (body === undefined) {
      res.writeHead(status);
      res.end();
      return;
    }
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  }

  function reject(res: ServerResponse, r: RecordedRequest, status: number, code: number, message: string, errors: string[] = []) {
    r.status = status;
    rejected.push({ request: r, status, code, message, errors });
    send(res, status, {
      code,
      message: errors.length ? `${message}: ${errors.join("; ")}` : message,
      errors: Object.fromEntries(errors.map((x, i) => [String(i), x])),
    });
  }

  function messageObject(body: any, channelId: string, extra: Record<string, unknown> = {}) {
    const id = snowflake();
    const m = {
      id,
      channel_id: channelId,
      guild_id: guildId,
      author: bot,
      content: body.content ?? "",
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      mention_channels: [],
      attachments: [],
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      pinned: false,
      type: body.message_reference ? 19 : 0,
      flags: Number(body.flags ?? 0),
      application_id: applicationId,
      ...(body.message_reference ? { message_reference: { ...body.message_reference, channel_id: channelId, guild_id: guildId } } : {}),
      allowed_mentions_sent: body.allowed_mentions,
      ...extra,
    };
    messages.set(id, m);
    return m;
  }

  function finishCallback(st: InteractionState, type: number, data: any) {
    const rec: CallbackRecord = { interactionId: st.id, type, data, ms: Date.now() - st.dispatchedAt };
    st.callback = rec;
    callbacks.push(rec);
    for (const w of st.waiters.splice(0)) w(rec);
  }

  async function readBody(req: IncomingMessage): Promise<any> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    if (!text) return undefined;
    const type = String(req.headers["content-type"] ?? "");
    if (type.startsWith("multipart/form-data")) {
      const m = /name="payload_json"\r?\n(?:Content-Type: [^\r\n]*\r?\n)?\r?\n([\s\S]*?)\r?\n--/.exec(text);
      return m ? JSON.parse(m[1]!) : {};
    }
    return JSON.parse(text);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", apiUrl);
    const r: RecordedRequest = {
      method: req.method ?? "GET",
      path: decodeURIComponent(url.pathname).replace(/^\/api\/v10/, ""),
      query: url.searchParams,
      body: undefined,
      auth: req.headers.authorization,
      at: Date.now(),
    };
    try {
      r.body = await readBody(req);
    } catch {
      requests.push(r);
      return reject(res, r, 400, 50109, "The request body contains invalid JSON");
    }
    requests.push(r);
    for (const w of [...requestWaiters])
      if (w.pred(r)) {
        requestWaiters.splice(requestWaiters.indexOf(w), 1);
        w.resolve(r);
      }
    if (options.latencyMs) await new Promise((t) => setTimeout(t, options.latencyMs));
    const fault = faults.find((f) => f.match(r));
    if (fault) {
      fault.left--;
      if (fault.left <= 0) faults.splice(faults.indexOf(fault), 1);
      faulted.push({ request: r, status: fault.status, delayMs: fault.delayMs });
      if (fault.delayMs) await new Promise((t) => setTimeout(t, fault.delayMs));
      if (fault.status === 429) {
        const after = fault.retryAfter ?? 0.1;
        r.status = 429;
        res.writeHead(429, {
          "content-type": "application/json",
          "retry-after": String(after),
          "x-ratelimit-scope": fault.global ? "global" : "user",
          ...(fault.global ? { "x-ratelimit-global": "true" } : {}),
        });
        res.end(JSON.stringify({ message: "You are being rate limited.", retry_after: after, global: Boolean(fault.global), code: 0 }));
        return;
      }
      if (fault.status) {
        r.status = fault.status;
        return send(res, fault.status, { message: `${fault.status}: injected by the test`, code: 0 });
      }
    }
    if (!url.pathname.startsWith("/api/v10/")) return reject(res, r, 404, 0, "404: Not Found (expected /api/v10)");
    const p = r.path;
    const authed = r.auth === `Bot ${token}`;
    const needsAuth = !/^\/(interactions|webhooks)\//.test(p);
    if (needsAuth && !authed) return reject(res, r, 401, 0, "401: Unauthorized");
    let m: RegExpExecArray | null;

    if (r.method === "GET" && p === "/gateway/bot") {
      return send(res, 200, {
        url: gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (r.method === "GET" && p === "/gateway") return send(res, 200, { url: gatewayUrl });
    if (r.method === "GET" && p === "/users/@me") return send(res, 200, { ...bot, verified: true, flags: 0 });
    if (r.method === "GET" && p === "/applications/@me")
      return send(res, 200, {
        id: applicationId,
        name: "newsdesk",
        flags: 0,
        bot_public: true,
        bot_require_code_grant: false,
        description: "",
        owner: users.admin,
      });

    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(p))) {
      if (m[1] !== applicationId) return reject(res, r, 404, 10002, "Unknown Application");
      if (m[2] && m[2] !== guildId) return reject(res, r, 403, 50001, "Missing Access");
      if (r.method === "GET") return send(res, 200, m[2] ? (commands.guild.get(m[2]) ?? []) : commands.global);
      if (r.method !== "PUT") return reject(res, r, 405, 0, "405: Method Not Allowed");
      const errs = validateCommands(r.body);
      if (errs.length) return reject(res, r, 400, 50035, "Invalid Form Body", errs);
      const saved = (r.body as any[]).map((c) => ({
        id: snowflake(),
        application_id: applicationId,
        version: snowflake(),
        type: 1,
        default_member_permissions: null,
        contexts: null,
        nsfw: false,
        ...c,
        ...(m![2] ? { guild_id: m![2] } : {}),
      }));
      if (m[2]) commands.guild.set(m[2], saved);
      else commands.global = saved;
      return send(res, 200, saved);
    }

    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(p)) && r.method === "POST") {
      const st = interactions.get(m[1]!);
      if (!st || st.token !== m[2]) return reject(res, r, 404, 10062, "Unknown interaction");
      if (st.acked) return reject(res, r, 400, 40060, "Interaction has already been acknowledged.");
      if (Date.now() - st.dispatchedAt > 3000) return reject(res, r, 404, 10062, "Unknown interaction (answered after 3 s)");
      const type = Number(r.body?.type);
      const data = r.body?.data;
      let errs: string[] = [];
      switch (type) {
        case 4:
          if (st.type === 4) errs = ["an autocomplete interaction takes only type 8"];
          else errs = validateMessage(data ?? {}, { create: true, callback: true });
          break;
        case 5:
          if (st.type === 4) errs = ["an autocomplete interaction takes only type 8"];
          break;
        case 6:
        case 7:
          if (st.type !== 3) errs = [`callback type ${type} is only for component interactions`];
          else if (type === 7) errs = validateMessage(data ?? {}, { create: false, callback: true });
          break;
        case 8:
          if (st.type !== 4) errs = ["callback type 8 is only for autocomplete interactions"];
          else errs = validateChoices(r.body);
          break;
        default:
          errs = [`unknown callback type ${type}`];
      }
      if (errs.length) return reject(res, r, 400, 50035, "Invalid Form Body", errs);
      st.acked = true;
      if (type === 4 || type === 5)
        st.original = messageObject(type === 4 ? data : { content: "", flags: data?.flags }, st.channelId, {
          interaction_metadata: { id: st.id, type: st.type, user: st.user, authorizing_integration_owners: { "0": guildId } },
        });
      finishCallback(st, type, data);
      if (r.query.get("with_response") === "true") {
        return send(res, 200, {
          interaction: {
            id: st.id,
            type: st.type,
            response_message_id: st.original?.id,
            response_message_loading: type === 5,
            response_message_ephemeral: Boolean(Number(data?.flags ?? 0) & 64),
          },
          ...(st.original ? { resource: { type, message: st.original } } : {}),
        });
      }
      return send(res, 204);
    }

    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(p))) {
      if (m[1] !== applicationId) return reject(res, r, 404, 10015, "Unknown Webhook");
      const st = byToken.get(m[2]!);
      if (!st) return reject(res, r, 404, 10015, "Unknown Webhook");
      if (!st.acked) return reject(res, r, 404, 10008, "Unknown Message (respond to the interaction first)");
      const which = m[3];
      if (which === "@original") {
        if (!st.original) return reject(res, r, 404, 10008, "Unknown Message");
        if (r.method === "GET") return send(res, 200, st.original);
        if (r.method === "DELETE") return send(res, 204);
        if (r.method !== "PATCH") return reject(res, r, 405, 0, "405: Method Not Allowed");
        const errs = validateMessage(r.body ?? {}, { create: false });
        if (errs.length) return reject(res, r, 400, 50035, "Invalid Form Body", errs);
        Object.assign(
          st.original,
          Object.fromEntries(Object.entries(r.body ?? {}).filter(([k]) => ["content", "embeds", "components"].includes(k))),
          { edited_timestamp: new Date().toISOString(), allowed_mentions_sent: r.body?.allowed_mentions },
        );
        return send(res, 200, st.original);
      }
      if (!which && r.method === "POST") {
        const errs = validateMessage(r.body ?? {}, { create: true, callback: true });
        if (errs.length) return reject(res, r, 400, 50035, "Invalid Form Body", errs);
        return send(res, 200, messageObject(r.body, st.channelId, { webhook_id: applicationId }));
      }
      return reject(res, r, 405, 0, "405: Method Not Allowed");
    }

    if ((m = /^\/channels\/(\d+)$/.exec(p)) && r.method === "GET") {
      const ch = anyChannel(m[1]!);
      if (!ch) return reject(res, r, 404, 10003, "Unknown Channel");
      if (!(botPermissions(ch.id) & P.ViewChannel)) return reject(res, r, 403, 50001, "Missing Access");
      return send(res, 200, ch);
    }
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(p)) && r.method === "POST") {
      const ch = anyChannel(m[1]!);
      if (!ch) return reject(res, r, 404, 10003, "Unknown Channel");
      const perms = botPermissions(ch.id);
      if (!(perms & P.ViewChannel)) return reject(res, r, 403, 50001, "Missing Access");
      if (!(perms & P.SendMessages)) return reject(res, r, 403, 50013, "Missing Permissions");
      const errs = validateMessage(r.body ?? {}, { create: true });
      if (errs.length) return reject(res, r, 400, 50035, "Invalid Form Body", errs);
      if (r.body.message_reference && !messages.has(r.body.message_reference.message_id)) {
        if (r.body.message_reference.fail_if_not_exists !== false)
          return reject(res, r, 400, 50035, "Invalid Form Body", ["message_reference: Unknown message"]);
      }
      // without Embed Links, Discord drops the embeds silently: record that as a failure too
      if ((r.body.embeds?.length ?? 0) > 0 && !(perms & P.EmbedLinks))
        return reject(res, r, 403, 50013, "Missing Permissions (Embed Links)");
      return send(res, 200, messageObject(r.body, ch.id));
    }
    return reject(res, r, 404, 0, `404: Not Found (${r.method} ${p} is not in the fake)`);
  }

  // ---- what tests send ----

  function track(payload: any): { id: string; token: string; payload: any } {
    const st: InteractionState = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      dispatchedAt: Date.now(),
      acked: false,
      original: null,
      callback: null,
      waiters: [],
      channelId: payload.channel_id,
      user: payload.member?.user ?? payload.user,
    };
    interactions.set(st.id, st);
    byToken.set(st.token, st);
    dispatch("INTERACTION_CREATE", payload);
    return { id: st.id, token: st.token, payload };
  }

  function base(type: number, who: Who, channelId: string): any {
    const ch = channels.find((c) => c.id === channelId) ?? news;
    return {
      id: snowflake(),
      application_id: applicationId,
      type,
      token: `tok-${snowflake()}-${Math.random().toString(36).slice(2)}`,
      version: 1,
      guild_id: guildId,
      guild: { id: guildId, locale: "en-US", features: [] },
      channel_id: ch.id,
      channel: { ...ch },
      member: { ...memberObj(users[who], roleOf[who]), permissions: String(whoPermissions(who, ch.id)) },
      app_permissions: String(botPermissions(ch.id)),
      locale: "en-US",
      guild_locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: { "0": guildId },
      context: 0,
      attachment_size_limit: 10485760,
    };
  }

  function commandId(name: string): string {
    const all = [...commands.global, ...(commands.guild.get(guildId) ?? [])];
    return all.find((c) => c.name === name)?.id ?? snowflake();
  }

  const fake: DiscordFake = {
    apiUrl,
    gatewayUrl,
    token,
    applicationId,
    bot,
    guildId,
    botRoleId,
    everyoneRoleId,
    channels: {
      news: news.id,
      briefings: briefings.id,
      locked: locked.id,
      readonly: readonly.id,
      announcements: announcements.id,
      modlog: modlog.id,
      elsewhere: elsewhere.id,
    },
    users,
    identified,
    requests,
    rejected,
    callbacks,
    messages,
    commands,
    sendInteraction: (payload) => track(payload),
    commandPayload(name, opts = [], o = {}) {
      const p = base(2, o.as ?? "member", o.channelId ?? news.id);
      p.data = { id: commandId(name), name, type: 1, guild_id: guildId, ...(opts.length ? { options: opts } : {}) };
      return p;
    },
    dispatch: (t, d) => dispatch(t, d),
    sendCommand(name, opts = [], o = {}) {
      const p = base(2, o.as ?? "member", o.channelId ?? news.id);
      const resolvedIds = o.resolvedChannels ?? opts.filter((x) => x.type === 7).map((x) => String(x.value));
      const resolved = resolvedIds.length
        ? {
            channels: Object.fromEntries(
              resolvedIds.map((id) => {
                const c = anyChannel(id);
                return [
                  id,
                  {
                    id,
                    name: c?.name ?? "unknown",
                    type: c?.type ?? 0,
                    permissions: String(whoPermissions(o.as ?? "member", id)),
                    parent_id: null,
                    guild_id: c?.guild_id ?? guildId,
                  },
                ];
              }),
            ),
          }
        : undefined;
      p.data = {
        id: commandId(name),
        name,
        type: 1,
        guild_id: guildId,
        ...(opts.length ? { options: opts } : {}),
        ...(resolved ? { resolved } : {}),
      };
      return track(p);
    },
    sendAutocomplete(name, opts, o = {}) {
      const p = base(4, o.as ?? "member", o.channelId ?? news.id);
      p.data = { id: commandId(name), name, type: 1, guild_id: guildId, options: opts };
      return track(p);
    },
    sendButton(customId, message, o = {}) {
      const p = base(3, o.as ?? "member", o.channelId ?? message?.channel_id ?? news.id);
      p.message = message;
      p.data = { custom_id: customId, component_type: 2 };
      return track(p);
    },
    sendMessage(o) {
      const author = o.bot ? otherBot : (o.author ?? users.member);
      const mentionsBot = o.mentionBot ?? !o.mentionBotRole;
      const prefix = o.mentionBotRole ? `<@&${botRoleId}> ` : mentionsBot ? `<@${bot.id}> ` : "";
      const content = `${prefix}${o.content}`;
      const who = (Object.keys(users) as Who[]).find((k) => users[k].id === author.id);
      const msg = {
        id: snowflake(),
        channel_id: o.channelId ?? news.id,
        guild_id: guildId,
        author,
        member: memberObj(author, who ? roleOf[who] : []),
        content,
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: mentionsBot && !o.mentionBotRole ? [{ ...bot, member: memberObj(bot, [botRoleId]) }] : [],
        mention_roles: o.mentionBotRole ? [botRoleId] : [],
        attachments: [],
        embeds: [],
        components: [],
        pinned: false,
        type: 0,
        flags: 0,
        nonce: snowflake(),
      };
      messages.set(msg.id, msg);
      dispatch("MESSAGE_CREATE", msg);
      return { id: msg.id };
    },
    waitForCallback(interactionId, timeoutMs = 3000) {
      const st = interactions.get(interactionId);
      if (!st) return Promise.reject(new Error(`no interaction ${interactionId}`));
      if (st.callback) return Promise.resolve(st.callback);
      return new Promise((resolve, rejectP) => {
        const t = setTimeout(
          () =>
            rejectP(
              new Error(
                `no callback for interaction ${interactionId} within ${timeoutMs} ms; rejected: ${JSON.stringify(rejected.map((x) => (x.errors.length ? x.errors : x.message)))}`,
              ),
            ),
          timeoutMs,
        );
        st.waiters.push((c) => {
          clearTimeout(t);
          resolve(c);
        });
      });
    },
    waitForRequest(pred, timeoutMs = 3000) {
      const found = requests.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, rejectP) => {
        const w = {
          pred,
          resolve: (r: RecordedRequest) => {
            clearTimeout(t);
            resolve(r);
          },
        };
        const t = setTimeout(() => {
          requestWaiters.splice(requestWaiters.indexOf(w), 1);
          rejectP(
            new Error(
              `no matching request within ${timeoutMs} ms; rejected: ${JSON.stringify(rejected.map((x) => (x.errors.length ? x.errors : x.message)))}`,
            ),
          );
        }, timeoutMs);
        requestWaiters.push(w);
      });
    },
    botPermissions,
    injectFault(f) {
      const entry = { ...f, left: f.times ?? 1 };
      faults.push(entry);
      return () => {
        const at = faults.indexOf(entry);
        if (at >= 0) faults.splice(at, 1);
      };
    },
    faulted,
    closeGateway(code, reason = "Closed by the test") {
      for (const ws of sockets) ws.close(code, reason);
    },
    denyBot(channelId, bits) {
      const ch = channels.find((c) => c.id === channelId);
      if (!ch) throw new Error(`no channel ${channelId} in the fake`);
      ch.permission_overwrites = ch.permission_overwrites.filter((o) => o.id !== botRoleId);
      if (bits !== 0n) ch.permission_overwrites.push({ id: botRoleId, type: 0, allow: "0", deny: String(bits) });
      dispatch("CHANNEL_UPDATE", ch);
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
