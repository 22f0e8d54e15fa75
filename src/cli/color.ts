// Colour on the terminal (chalk): on when stdout is a terminal; `NO_COLOR` (any non-empty value, no-color.org) turns it
// off; `FORCE_COLOR` (chalk's levels: 0 off, 1 basic, 2 256, 3 truecolor; empty = 1) wins over both, as it does in Node.
// chalk decides its level from FORCE_COLOR when it is first imported, so NO_COLOR is passed on as FORCE_COLOR=0 before
// any command loads it; the launcher itself never loads chalk (start-up stays commander only).

/** The level chalk should use, or undefined to keep chalk's own decision (terminal detection, FORCE_COLOR). */
export function colorLevel(env: NodeJS.ProcessEnv): 0 | undefined {
  if (env.FORCE_COLOR !== undefined) return undefined;
  if (env.NO_COLOR) return 0;
  return undefined;
}

export function applyColorEnv(env: NodeJS.ProcessEnv = process.env): void {
  const level = colorLevel(env);
  if (level !== undefined) env.FORCE_COLOR = String(level);
}
