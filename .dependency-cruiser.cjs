// The layer rules of the house (README, "How it works"): each layer imports only from layers below it, and
// nothing forms a cycle. Run with `npm run lint:deps`; CI runs it before the tests.
//
//   src/model  <  src/corpus  <  src/extract  <  src/summary  <  src/search  <  src/corrections  <  src/store
//              <  src/schedule (schedules, marks, the runner)  <  commands/  <  src/discord | src/cli (never each other)  <  src/bench  <  src/app  <  bin/
//   src/config and src/log.ts are the base everyone may use; they import nothing of the project.
const LAYERS = [
  ["model", "^src/model/"],
  ["corpus", "^src/corpus/"],
  ["extract", "^src/extract/"],
  ["summary", "^src/summary/"],
  ["search", "^src/search/"],
  ["corrections", "^src/corrections/"],
  ["store", "^src/store/"],
  ["schedule", "^src/schedule/"],
  ["commands", "^commands/"],
  ["discord", "^src/discord/"],
  ["cli", "^src/cli/"],
  ["bench", "^src/bench/"],
  ["app", "^src/app/"],
];
const BASE = "^src/(config/|log\\.ts$|steps\\.ts$)";

/** Everything above layer i (its index in LAYERS), as one path pattern. */
const above = (i) => LAYERS.slice(i + 1).map(([, p]) => p).join("|");

const upward = LAYERS.slice(0, -1).map(([name, from], i) => ({
  name: `${name}-imports-upward`,
  comment: `${name} may import only the layers below it (${LAYERS.slice(0, i).map(([n]) => n).join(", ") || "nothing of the project"}) and the base (config, log)`,
  severity: "error",
  from: { path: from },
  to: { path: above(i) },
}));

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "a cycle makes two modules one idea in two files: break it by moving what both need below them",
      severity: "error",
      from: { path: "^(src|commands)/" },
      to: { circular: true },
    },
    ...upward,
    {
      name: "discord-not-in-cli",
      comment: "the command line never imports the Discord adapter",
      severity: "error",
      from: { path: "^src/cli/" },
      to: { path: "^src/discord/" },
    },
    {
      name: "cli-not-in-discord",
      comment: "the Discord adapter never imports the command line",
      severity: "error",
      from: { path: "^src/discord/" },
      to: { path: "^src/cli/" },
    },
    {
      name: "base-imports-nothing",
      comment: "config and log are the base: they import nothing of the project",
      severity: "error",
      from: { path: BASE },
      to: { path: "^(src|commands)/", pathNot: BASE },
    },
    {
      name: "model-imports-nothing",
      comment: "the model is the contract: it imports nothing of the project",
      severity: "error",
      from: { path: "^src/model/" },
      to: { path: "^(src|commands)/", pathNot: "^src/model/" },
    },
    {
      name: "no-tests-in-product",
      comment: "product code never imports test code",
      severity: "error",
      from: { path: "^(src|commands|bin)/" },
      to: { path: "^test/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    includeOnly: "^(src|commands|bin)/",
    parser: "swc",
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
