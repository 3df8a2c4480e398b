/** Entry point of the `qalam` command: dispatches to a sub-command and turns user errors into one line. */
import { CliError, type CliIo } from './command';
import { commands } from './commands/index';
import { HostError } from '../host/errors';

function usage(): string {
  const lines = ['usage: qalam <command> [options]', '', 'commands:'];
  for (const c of commands) lines.push(`  ${c.usage}`);
  return lines.join('\n') + '\n';
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`qalam: unknown command '${name}' (try qalam --help)\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof CliError || e instanceof HostError) {
      io.err(`qalam ${name}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  const io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`qalam: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}
