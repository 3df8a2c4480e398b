/** `qalam import FILE.xlf|FILE.tmx -o PROJECT.qalam`: makes a project from another tool's file. */
import { CliError, parseArgs, type Command } from '../command';
import { importFile } from '../../host/formats/import';
import { saveProjectFile } from '../../host/project-file';

export const importCommand: Command = {
  name: 'import',
  usage: 'import FILE.xlf|FILE.tmx -o PROJECT.qalam [--max-mb N]   a project from an XLIFF 1.2/2.x or TMX file',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['o', 'output', 'max-mb']);
    if (positional.length !== 1) throw new CliError('give one file: qalam import FILE.xlf -o PROJECT.qalam');
    const out = flags.get('o') ?? flags.get('output');
    if (typeof out !== 'string') throw new CliError('-o PROJECT.qalam is required');
    const maxMb = flags.get('max-mb');
    let maxBytes: number | undefined;
    if (maxMb !== undefined) {
      const n = Number(maxMb);
      if (typeof maxMb !== 'string' || !Number.isFinite(n) || n <= 0) throw new CliError('--max-mb must be a positive number');
      maxBytes = n * 1024 * 1024;
    }
    const project = await importFile(positional[0]!, maxBytes === undefined ? {} : { maxBytes });
    await saveProjectFile(out, project);
    io.err(`qalam import: wrote ${out} (${project.rows.length} rows)\n`);
    return 0;
  },
};
