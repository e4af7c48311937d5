// Plain text: blocks are separated by blank lines; a block's lines are kept apart (one paragraph or label
// per line, as pages copied to text are) unless the file is hard-wrapped, which the cleaner detects.
import type { Block } from "../chrome.js";

export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") {
      if (lines.length) blocks.push({ lines, kind: "text" });
      lines = [];
    } else lines.push(line);
  }
  if (lines.length) blocks.push({ lines, kind: "text" });
  return blocks;
}
