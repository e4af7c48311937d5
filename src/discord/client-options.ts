// The discord.js client's options: the two intents the bot needs, no pings, and a REST client that does not
// hold back interaction responses (see below). Kept apart so the options can be checked without a client.
import { type ClientOptions, GatewayIntentBits } from "discord.js";
import type { Config } from "../config/env.js";
import { REST_REQUESTS_PER_SECOND } from "./schedule.js";

export function clientOptions(config: Pick<Config, "apiUrl">): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: { parse: [], repliedUser: false },
    // Discord does not count interaction responses against the 50 requests/s global limit, @discordjs/rest
    // does: at its default a burst of 200 interactions waits 4 s for its acknowledgements and loses them all.
    // The bot's other requests (briefing posts, mention replies) are few; a real 429 is waited out as usual.
    // `api` only when set: `rest: { api: undefined }` breaks discord.js
    rest: { globalRequestsPerSecond: REST_REQUESTS_PER_SECOND, ...(config.apiUrl ? { api: config.apiUrl } : {}) },
  };
}
