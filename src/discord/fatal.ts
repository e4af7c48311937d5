// Gateway closes Discord means for good: discord.js 14 does not reconnect after them (it emits
// `shardDisconnect` with the code, after a `shardError`), so a bot that only logged would sit there connected to
// nothing. Each code gets a message saying what to fix; the caller (src/app/start.ts) logs it and exits non-zero
// so a supervisor restarts it or alerts someone. Everything else (resumable closes, drops) discord.js handles.
import { Events, type Client } from "discord.js";

/** Exit code for a configuration problem (sysexits EX_CONFIG): restarting will not help until someone fixes it. */
export const EXIT_CONFIG = 78;

export const FATAL_CLOSES: Readonly<Record<number, string>> = {
  4004: "Discord refused the token (gateway close 4004, authentication failed): reset it in the Developer Portal (Bot tab, Reset Token) and update DISCORD_TOKEN.",
  4010: "Discord refused the shard settings (gateway close 4010, invalid shard): run newsdesk as one process without shard settings.",
  4011: "Discord requires sharding for this bot (gateway close 4011): it is in too many servers for one connection; newsdesk runs a single shard, so run one bot per group of servers.",
  4012: "Discord refused the gateway API version (gateway close 4012): update newsdesk and its dependencies (npm ci).",
  4013: "Discord refused the intents (gateway close 4013, invalid intents): this newsdesk build asks for an intent Discord does not know; reinstall it (npm ci).",
  4014: "Discord refused the intents (gateway close 4014, disallowed intents): newsdesk needs only Guilds and GuildMessages; if you changed them, enable the privileged ones in the Developer Portal (Bot tab, Privileged Gateway Intents) or undo the change.",
};

/** A gateway close after which discord.js will not reconnect. */
export class FatalGatewayClose extends Error {
  constructor(
    readonly code: number,
    readonly hint: string,
  ) {
    super(hint);
    this.name = "FatalGatewayClose";
  }
}

export function isFatalClose(code: number): boolean {
  return code in FATAL_CLOSES;
}

/** Calls `onFatal` once, on the first fatal close of any shard. */
export function onFatalClose(client: Client, onFatal: (err: FatalGatewayClose) => void): void {
  let fired = false;
  client.on(Events.ShardDisconnect, (event: { code: number }) => {
    if (fired || !isFatalClose(event.code)) return;
    fired = true;
    onFatal(new FatalGatewayClose(event.code, FATAL_CLOSES[event.code]!));
  });
}
