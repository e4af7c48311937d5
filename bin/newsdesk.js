#!/usr/bin/env node
// The `newsdesk` command. The project is TypeScript run through tsx's loader, so there is no build step:
// `npm ci` and the command works.
import { register } from "tsx/esm/api";

register();
await import("../src/app/main.ts");
