#!/usr/bin/env node
// The `promptledger` command. Our sources are TypeScript; tsx loads them without a build step.
import { register } from 'tsx/esm/api';

register();
// `promptledger runs | head` closes the pipe early: stop quietly, as other tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
