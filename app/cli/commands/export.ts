/** `qalam export PROJECT --to FORMAT -o OUT`: writes a project as XLIFF, TMX, TBX, text, Word or a table. */
import { choice, CliError, parseArgs, type Command } from '../command';
import { EXPORT_FORMATS, exportProject } from '../../host/formats/export';
import { writeFileAtomic } from '../../host/atomic-write';
import { loadProjectFile } from '../../host/project-file';

export const exportCommand: Command = {
  name: 'export',
  usage: `export PROJECT.qalam --to ${EXPORT_FORMATS.join('|')} -o OUT   XLIFF, TMX, TBX, the English document or a bilingual table`,
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['to', 'o', 'output']);
    if (positional.length !== 1) throw new CliError('give one project file: qalam export PROJECT.qalam --to FORMAT -o OUT');
    if (!flags.has('to')) throw new CliError(`--to is required (one of ${EXPORT_FORMATS.join(', ')})`);
    const to = choice(flags, 'to', EXPORT_FORMATS, 'xliff21');
    const out = flags.get('o') ?? flags.get('output');
    if (typeof out !== 'string') throw new CliError('-o OUT is required');
    const project = await loadProjectFile(positional[0]!);
    await writeFileAtomic(out, await exportProject(project, to));
    io.err(`qalam export: wrote ${out} (${to}, ${project.rows.length} rows)\n`);
    return 0;
  },
};
