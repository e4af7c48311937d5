// Loading one command by name (what the command line does, to load nothing else): the same modules as the
// registry, every one of them, and the same answers as running through the registry.
import { describe, expect, it } from "vitest";
import { commands, runCommand } from "../../commands/index.js";
import { COMMAND_NAMES, loadCommand, runCommandLazily } from "../../commands/load.js";
import { makeContext } from "./fixture.js";

const ctx = makeContext();

describe("loadCommand", () => {
  it("knows every command of the registry, in its order, and loads the very same module", async () => {
    expect(COMMAND_NAMES).toEqual(commands.map((c) => c.name));
    for (const c of commands) expect(await loadCommand(c.name)).toBe(c);
  });

  it("gives the help for a name that is not a command, as the registry does", async () => {
    expect((await loadCommand("frobnicate")).name).toBe("help");
    expect((await loadCommand("constructor")).name).toBe("help");
  });

  it("answers as the registry does", async () => {
    for (const [name, query] of [
      ["who", "wagner"],
      ["claims", "wagner"],
      ["timeline", ""],
      ["sources", ""],
      ["nope", ""],
    ] as const)
      expect(await runCommandLazily(name, { query }, ctx)).toEqual(runCommand(name, { query }, ctx));
  });
});
