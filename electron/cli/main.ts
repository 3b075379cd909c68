import { ApiError } from '../../shared/api/errors.ts';
import { defaultWorkspacePath } from '../services/paths.ts';
import { commands, USAGE } from './commands/index.ts';
import { EXIT_OK, EXIT_USAGE, UsageError, exitCodeFor } from './exit.ts';
import { err, out } from './output.ts';

/** Runs one command line; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const { workspace, rest } = takeGlobalOptions(argv);
    if (rest.length === 0 || rest[0] === 'help' || rest[0] === '--help' || rest[0] === '-h') {
      out(USAGE);
      return rest.length === 0 ? EXIT_USAGE : EXIT_OK;
    }

    const { command, args } = findCommand(rest);
    return await command({ args, workspace });
  } catch (error) {
    report(error);
    return exitCodeFor(error);
  }
}

function takeGlobalOptions(argv: string[]): { workspace: string; rest: string[] } {
  const rest = [...argv];
  let workspace = defaultWorkspacePath();
  while (rest[0] === '--workspace' || rest[0]?.startsWith('--workspace=')) {
    const flag = rest.shift() as string;
    const value = flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : rest.shift();
    if (!value) throw new UsageError('--workspace needs a file path');
    workspace = value;
  }
  return { workspace, rest };
}

function findCommand(words: string[]) {
  const two = `${words[0]} ${words[1] ?? ''}`.trim();
  const twoWord = commands[two];
  if (twoWord) return { command: twoWord, args: words.slice(2) };

  const oneWord = commands[words[0] as string];
  if (oneWord) return { command: oneWord, args: words.slice(1) };
  throw new UsageError(`unknown command '${words.join(' ')}'`);
}

function report(error: unknown): void {
  if (error instanceof UsageError) {
    err(`promptledger: ${error.message}\nRun 'promptledger help' for usage.`);
  } else if (error instanceof ApiError) {
    err(`promptledger: ${error.message}`);
  } else {
    err(
      `promptledger: unexpected failure: ${error instanceof Error ? error.stack : String(error)}`,
    );
  }
}
