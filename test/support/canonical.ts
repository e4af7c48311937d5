// Comparing summaries by their facts rather than by the order their fields were written in.

/** JSON with every object's keys sorted: the same facts compare equal whatever order a record's fields were
 * set in (a field the database keeps in its rest column comes back last). */
export function canonical(json: string): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sort(JSON.parse(json)));
}
