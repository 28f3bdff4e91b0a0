/** Exit codes: scripts tell bad input from usage mistakes, from an unreachable service and from bugs. */
export const EXIT = { ok: 0, bug: 1, usage: 2, badInput: 3, unavailable: 4, interrupted: 130 } as const;
