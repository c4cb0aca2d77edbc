/** The CLI contract: 0 complete, 1 issues of severity error (or refused), 2 unreadable input or usage. */
export const EXIT = { ok: 0, issues: 1, input: 2 } as const;

/** A failure the user can act on: printed as one `error: …` line, never with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.input,
  ) {
    super(message);
    this.name = "CliError";
  }
}
