// Registration against the Discord fake: one bulk overwrite, guild-scoped or global, definitions valid as
// Discord checks them, and a clear hint on refusal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeRegistration, registerCommands, registrationHint } from "../../src/discord/deploy.js";
import { startDiscordFake, type DiscordFake } from "../support/discord-fake.js";
import { testCommands } from "../support/test-commands.js";

let fake: DiscordFake;
beforeAll(async () => {
  fake = await startDiscordFake();
});
afterAll(async () => {
  await fake.close();
});

describe("registerCommands", () => {
  it("bulk-overwrites on the guild when a guild id is given", async () => {
    const res = await registerCommands({
      token: fake.token,
      clientId: fake.applicationId,
      guildId: fake.guildId,
      apiUrl: fake.apiUrl,
      commands: testCommands,
    });
    expect(res.map((c) => c.name)).toEqual(testCommands.map((c) => c.name));
    const put = fake.requests.filter((r) => r.method === "PUT");
    expect(put).toHaveLength(1);
    expect(put[0]!.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(fake.rejected).toEqual([]);
    const briefing = fake.commands.guild.get(fake.guildId)!.find((c) => c.name === "briefing");
    expect(briefing.default_member_permissions).toBe(String(1n << 13n));
    expect(briefing.contexts).toEqual([0]);
    expect(describeRegistration(res, fake.guildId)).toMatch(/Registered 9 slash commands for server/);
    expect(describeRegistration(res, fake.guildId, fake.applicationId)).toContain(
      `client_id=${fake.applicationId}&scope=bot%20applications.commands&permissions=274877991936`,
    );
  });

  it("registers globally without a guild id", async () => {
    await registerCommands({ token: fake.token, clientId: fake.applicationId, apiUrl: fake.apiUrl, commands: testCommands.slice(0, 2) });
    expect(fake.commands.global.map((c) => c.name)).toEqual(["who", "claims"]);
  });

  it("explains a refused token", async () => {
    const err = await registerCommands({
      token: "wrong-token-wrong-token",
      clientId: fake.applicationId,
      apiUrl: fake.apiUrl,
      commands: testCommands,
    }).catch((e: unknown) => e);
    expect(registrationHint(err)).toMatch(/DISCORD_TOKEN/);
  });
});
