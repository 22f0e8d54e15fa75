// Errors a user can cause (unreadable file, missing sheet, bad option): one clear Indonesian line, exit code 2.
// Anything else that is thrown is a bug and shows its stack trace only under --debug.
export class LkipError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
    /** The underlying error, shown only under --debug. */
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "LkipError";
  }
}
