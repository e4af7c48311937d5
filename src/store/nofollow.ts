// The cache folder's boundary: cache files are read without following a link at their name, and the a/ folder
// of single entries is used only when it is a real folder, so the cache never reads, writes or prunes files
// outside its folder. What to do with a refused file (treat it as missing, warn) is left to cache.ts.
import { constants, lstatSync } from "node:fs";
import { readFile } from "node:fs/promises";

/** Reads a file, refusing (ELOOP) when its name is a symbolic link. */
export function readNoFollow(path: string): Promise<Buffer> {
  return readFile(path, { flag: constants.O_RDONLY | constants.O_NOFOLLOW });
}

/** "ok" when `dir` is a real folder or not there yet (it will be made as one); "link" when it is a link or a
 * file, which the cache must not write through. */
export function folderState(dir: string): "ok" | "link" {
  const st = lstatSync(dir, { throwIfNoEntry: false });
  return !st || st.isDirectory() ? "ok" : "link";
}
