/** Streams the CLI writes to; tests capture them. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stderr is a terminal: progress is redrawn in place instead of logged. */
  isTTY?: boolean;
}
