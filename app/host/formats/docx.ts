/** The English document as .docx (one Word paragraph per source paragraph), written with the `docx` package. */
import { Document, Packer, Paragraph, TextRun } from 'docx';

/** A .docx file holding `paragraphs` as left-to-right English paragraphs. */
export async function docxBytes(paragraphs: readonly string[], title: string): Promise<Uint8Array> {
  const doc = new Document({
    title,
    creator: 'Qalam',
    styles: { default: { document: { run: { language: { value: 'en-US' } } } } },
    sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
