// `npm run dev -- <args>`: the CLI straight from the TypeScript sources (tsx), for development.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
