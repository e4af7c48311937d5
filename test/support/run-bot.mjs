// Runs `startBot()` (what `npm start` runs) or `deployCommands()` from any working folder, for process-level
// tests: `node test/support/run-bot.mjs [bot|deploy-commands]`. tsx is resolved next to this file.
import { register } from "tsx/esm/api";

register();
const which = process.argv[2] ?? "bot";
if (which === "deploy-commands") {
  const { deployCommands } = await import("../../src/discord/deploy.ts");
  await deployCommands();
} else {
  const { startBot } = await import("../../src/discord/start.ts");
  await startBot();
}
