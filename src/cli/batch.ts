// `lkip batch`: not available yet.
import * as msg from "../text/messages/cli.js";

export async function run(_folders: string[], _opts: Record<string, unknown>): Promise<number> {
  process.stdout.write(msg.notYet("batch") + "\n");
  return 2;
}
