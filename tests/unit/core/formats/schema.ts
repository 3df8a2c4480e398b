/**
 * Validates exported files against the official schemas with xmllint-wasm (no system dependency). The
 * schemas are read from the shared folder beside the clone (`../shared/schemas`) when it exists, otherwise
 * from the copies in tests/schemas.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { parseDtd, validateWithDtd } from './dtd';

const repo = fileURLToPath(new URL('../../../..', import.meta.url));
const shared = join(repo, '..', 'shared', 'schemas');
const local = join(repo, 'tests', 'schemas');

/** The folder the schemas come from, or undefined when neither copy exists (then schema checks are skipped). */
export const schemaDir: string | undefined = [shared, local].find((d) => existsSync(join(d, 'xliff12', 'xliff-core-1.2-strict.xsd')));

function file(rel: string, as = rel): XMLFileInfo {
  return { fileName: as, contents: readFileSync(join(schemaDir!, rel)) };
}

export interface SchemaResult {
  valid: boolean;
  errors: string[];
}

const XLIFF12_DRIVER = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="xml.xsd"/>
  <xs:import namespace="urn:oasis:names:tc:xliff:document:1.2" schemaLocation="xliff-core-1.2-strict.xsd"/>
</xs:schema>`;

const XLIFF2_DRIVER = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="urn:oasis:names:tc:xliff:document:2.0" schemaLocation="xliff_core_2.0.xsd"/>
  <xs:import namespace="urn:oasis:names:tc:xliff:glossary:2.0" schemaLocation="glossary.xsd"/>
  <xs:import namespace="urn:oasis:names:tc:xliff:metadata:2.0" schemaLocation="metadata.xsd"/>
</xs:schema>`;

async function run(xml: string, schema: XMLFileInfo, preload: XMLFileInfo[]): Promise<SchemaResult> {
  const r = await validateXML({
    xml: { fileName: 'doc.xml', contents: xml },
    schema,
    preload,
    maxMemoryPages: 16384,
  });
  return { valid: r.valid, errors: r.errors.map((e) => e.rawMessage) };
}

/** XLIFF 1.2, strict profile. */
export function validateXliff12(xml: string): Promise<SchemaResult> {
  return run(xml, { fileName: 'driver12.xsd', contents: XLIFF12_DRIVER }, [file('xliff12/xml.xsd', 'xml.xsd'), file('xliff12/xliff-core-1.2-strict.xsd', 'xliff-core-1.2-strict.xsd')]);
}

/** XLIFF 2.x core with the glossary and metadata modules checked strictly. */
export function validateXliff2(xml: string): Promise<SchemaResult> {
  return run(xml, { fileName: 'driver2.xsd', contents: XLIFF2_DRIVER }, [
    file('xliff2/xliff_core_2.0.xsd', 'xliff_core_2.0.xsd'),
    file('xliff2/glossary.xsd', 'glossary.xsd'),
    file('xliff2/metadata.xsd', 'metadata.xsd'),
    file('xliff2/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd', 'informativeCopiesOf3rdPartySchemas/w3c/xml.xsd'),
  ]);
}

/** TMX 1.4b against its DTD (checked by tests/unit/core/formats/dtd.ts: xmllint-wasm has no DTD validation). */
export async function validateTmx(xml: string): Promise<SchemaResult> {
  const dtd = parseDtd(readFileSync(join(schemaDir!, 'tmx', 'tmx14.dtd'), 'latin1'));
  const errors = validateWithDtd(xml, dtd, 'tmx');
  return { valid: errors.length === 0, errors };
}
