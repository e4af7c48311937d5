// The shape of a name as written before an appositive: capitalised words and particles ("Amira Haddad",
// "Ould Cheikh"), or an organisation's name with its connectors and acronym ("Front for the Liberation of
// Azawad (FLA)"). Whether it names a known actor is left to ./speaker.ts.
import type { Token } from "./tokens.js";
import { isCapitalized } from "./words.js";

const NAME_PARTICLE = /^(al|el|bin|ben|ibn|de|da|di|du|van|von|der|la|le|ould|abu|ag)(-.*)?$/;
const NAME_CONNECTORS = new Set(["of", "for", "the", "and", "in", "on", "de", "du", "des"]);

/** Capitalised words, particles, and (inside an organisation's name) connectors and a bracketed acronym:
 * "Amira Haddad", "Front for the Liberation of Azawad (FLA)". At most six tokens without connectors. */
export function isName(t: Token[]): boolean {
  const words = t.filter((x) => x.kind === "word");
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || !isCapitalized(first.text) || !isCapitalized(last.text)) return false;
  if (t.some((x) => x.kind !== "word" && x.text !== "(" && x.text !== ")")) return false;
  const connectors = words.filter((x) => NAME_CONNECTORS.has(x.text)).length;
  if (!connectors && t.length > 6) return false;
  return words.every((x) => isCapitalized(x.text) || NAME_PARTICLE.test(x.lower) || NAME_CONNECTORS.has(x.text));
}
