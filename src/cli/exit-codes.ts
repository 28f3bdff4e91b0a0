/** Exit codes: scripts tell bad input from usage mistakes and from bugs. */
export const EXIT = { ok: 0, bug: 1, usage: 2, badInput: 3 } as const;
