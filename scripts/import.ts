/**
 * npm run import -- <file> [--sheet NAME] [--encoding windows-874] [--skip-invalid] [--prune] [--dry-run]
 * Imports an official LGO registry (CSV or XLSX) into content/lgos.csv.
 */
import { parseArgs } from 'node:util';
import { ContentError } from '../src/lib/content/content-error';
import { ENCODING_ALIASES } from '../src/lib/import/decode';
import { RegistryReadError } from '../src/lib/import/read-registry';
import { FormulaCellError } from '../src/lib/content/spreadsheet-guard';
import { formatImportReport, runImport } from '../src/lib/import/run-import';
import { readSiteConfig } from '../src/lib/content/site-config';

const USAGE = `Usage: npm run import -- <file.csv|file.xlsx> [options]

  --sheet NAME        XLSX sheet to read (default: the first)
  --encoding NAME     force the CSV encoding: utf-8, windows-874 (TIS-620), utf-16le
  --skip-invalid      import the valid rows and list the invalid ones
  --prune             remove LGOs of the file's provinces that the file does not list
  --dry-run           print the summary, write nothing

Content folder: CONTENT_DIR (default: content).`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        sheet: { type: 'string' },
        encoding: { type: 'string' },
        'skip-invalid': { type: 'boolean', default: false },
        prune: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`${positionals.length === 0 ? 'Name the file to import.' : 'Import one file at a time.'}\n\n${USAGE}`);
    return 2;
  }
  const encoding = values.encoding ? ENCODING_ALIASES[values.encoding.toLowerCase()] : undefined;
  if (values.encoding && !encoding) {
    console.error(`Unknown --encoding "${values.encoding}" (use utf-8, windows-874 or utf-16le)`);
    return 2;
  }
  const config = readSiteConfig(process.env);
  const options = {
    file: positionals[0]!,
    contentDir: config.contentDir,
    siteUrl: config.siteUrl,
    sheet: values.sheet,
    encoding,
    skipInvalid: values['skip-invalid'],
    prune: values.prune,
    dryRun: values['dry-run'],
  };
  try {
    const report = await runImport(options);
    const text = formatImportReport(report, options);
    (report.failed ? console.error : console.log)(text);
    return report.failed ? 1 : 0;
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`The current content must be valid before importing into it.\n${error.message}`);
      return 1;
    }
    if (error instanceof RegistryReadError || error instanceof FormulaCellError) {
      console.error(error.message);
      return 1;
    }
    // A failed write (disk full, permissions): the atomic write left the old lgos.csv as it was.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      const reason = { ENOSPC: 'the disk is full', EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'the disk is read-only' }[code];
      console.error(`Could not write ${options.contentDir}/lgos.csv: ${reason}. The old file is unchanged.`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
