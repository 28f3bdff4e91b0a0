#!/usr/bin/env node
// Runs the compiled CLI (`npm run build`, which `npm install` runs through `prepare`).
let cli;
try {
  cli = await import('../dist/src/cli/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/src/cli/main.js')) throw error;
  process.stderr.write('presspipe: the compiled CLI is missing (dist/); run `npm run build` in the presspipe folder\n');
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
