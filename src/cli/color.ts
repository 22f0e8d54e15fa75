// Colour on the terminal (chalk): on when stdout is a terminal; `NO_COLOR` (any non-empty value, no-color.org) turns it
// off; `FORCE_COLOR` (chalk's levels: 0 off, 1 basic, 2 256, 3 truecolor; empty = 1) wins over both, as it does in Node.
import chalk, { type ColorSupportLevel } from "chalk";

/** The level chalk should use, or undefined to keep chalk's own decision (terminal detection, FORCE_COLOR). */
export function colorLevel(env: NodeJS.ProcessEnv): ColorSupportLevel | undefined {
  if (env.FORCE_COLOR !== undefined) return undefined;
  if (env.NO_COLOR) return 0;
  return undefined;
}

export function applyColorEnv(env: NodeJS.ProcessEnv = process.env): void {
  const level = colorLevel(env);
  if (level !== undefined) chalk.level = level;
}
