// Re-export of `commands/reload.ts` for code under src/ (see src/commands/index.ts).
export { definition, formatReloadReport } from "../../commands/reload.js";
