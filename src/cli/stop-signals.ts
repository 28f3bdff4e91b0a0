/**
 * Handles SIGINT and SIGTERM the way a long run should: the first asks it to stop gracefully
 * (`onFirst`), a second exits at once. Returns a function that removes the handlers.
 */
export function onStopSignals(onFirst: (signal: NodeJS.Signals) => void, onSecond: () => void = () => process.exit(130)): () => void {
  let seen = false;
  const handler = (signal: NodeJS.Signals) => {
    if (seen) onSecond();
    else {
      seen = true;
      onFirst(signal);
    }
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
