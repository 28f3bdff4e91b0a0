/** Streams the CLI writes to; tests capture them. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stderr is a terminal, where progress lines can be redrawn in place. */
  stderrIsTTY?: boolean;
}
