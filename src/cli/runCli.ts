// Dispatching argv to a command; every failure becomes one clear line and an exit code.

import { EXIT, type Output } from './command';
import { COMMANDS } from './commands/index';
import { UsageError, parseArgs } from './parseArgs';

function help(io: Output): void {
  io.out('usage: npm run -s graph -- <command> [options]');
  for (const c of COMMANDS) io.out(`  ${c.usage.padEnd(60)} ${c.summary}`);
  io.out('exit codes: 0 success, 1 invalid data or no result, 2 bad usage or unknown/ambiguous name');
}

export function runCli(argv: readonly string[], io: Output): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    help(io);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`unknown command "${name}" (expected one of ${COMMANDS.map((c) => c.name).join(', ')}; try "help")`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`usage: npm run -s graph -- ${command.usage}`);
    io.out(`  ${command.summary}`);
    return EXIT.ok;
  }
  try {
    return command.run(parseArgs(rest, command.options), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${command.name}: ${error.message}`);
      io.err(`usage: npm run -s graph -- ${command.usage}`);
      return EXIT.usage;
    }
    io.err(`${command.name}: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.invalid;
  }
}
