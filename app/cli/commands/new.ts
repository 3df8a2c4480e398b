/** `qalam new SOURCE [TARGET] [--glossary FILE] [--name NAME] -o PROJECT.qalam`: segment, align, write a project. */
import { basename, extname } from 'node:path';
import { randomUUID } from 'node:crypto';
import { CliError, parseArgs, type Command } from '../command';
import { readDocument } from '../../host/read-document';
import { saveProjectFile } from '../../host/project-file';
import { createProject } from '../../core/project/create';
import { loadGlossaryFile } from '../glossary-file';

export const newCommand: Command = {
  name: 'new',
  usage: 'new SOURCE [TARGET] [--glossary FILE] [--name NAME] -o PROJECT.qalam   segment and align into a new project',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['glossary', 'name', 'o', 'output']);
    const [sourceFile, targetFile, extra] = positional;
    if (!sourceFile) throw new CliError('missing SOURCE (the Arabic text: .txt, .docx or .html)');
    if (extra) throw new CliError(`unexpected argument ${extra}`);
    const out = flags.get('o') ?? flags.get('output');
    if (typeof out !== 'string') throw new CliError('missing -o PROJECT.qalam (where to write the project)');
    const source = await readDocument(sourceFile);
    const target = targetFile ? await readDocument(targetFile) : undefined;
    let glossary = undefined;
    const gFile = flags.get('glossary');
    if (typeof gFile === 'string') {
      const g = await loadGlossaryFile(gFile);
      for (const p of g.problems) io.err(`qalam new: ${gFile}: line ${p.line}: ${p.message} (row skipped)\n`);
      glossary = g.entries;
    }
    const name = typeof flags.get('name') === 'string' ? (flags.get('name') as string) : basename(sourceFile, extname(sourceFile));
    const project = createProject({
      name,
      sourceText: source.text,
      ...(target ? { targetText: target.text } : {}),
      ...(glossary ? { glossary } : {}),
      now: new Date().toISOString(),
      id: randomUUID(),
    });
    project.meta = { source: basename(sourceFile), ...(targetFile ? { target: basename(targetFile) } : {}) };
    await saveProjectFile(out, project);
    const low = project.rows.filter((r) => r.score !== null && r.score < 0.5).length;
    io.err(`qalam new: ${out}: ${project.rows.length} rows${target ? `, ${low} with low alignment confidence` : ''}\n`);
    return 0;
  },
};
