// The command registry lives in `commands/` at the project root (one file per command); this re-export lets
// code under src/ (the Discord registry, the console) import it as `src/commands/index.js`.
export { commands, definitions, findCommand, runCommand, formatReloadReport } from "../../commands/index.js";
