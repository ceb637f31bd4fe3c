/**
 * npm run fixture -- --lgos 7850 --out <dir> [--seed N]
 * Writes a synthetic national content folder for tests and benchmarks.
 * Build it with: CONTENT_DIR=<dir> npm run build
 */
import { parseArgs } from 'node:util';
import { readSiteConfig } from '../src/lib/content/site-config';
import { writeFixture } from '../src/lib/fixture/write-fixture';

const USAGE = 'Usage: npm run fixture -- --lgos 7850 --out <dir> [--seed N]';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: { lgos: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const lgos = Number(values.lgos);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(lgos) || lgos < 1 || lgos > 100_000 || !Number.isInteger(seed)) {
    console.error(`--lgos must be a whole number from 1 to 100000, --out a folder, --seed a whole number.\n${USAGE}`);
    return 2;
  }
  try {
    const started = performance.now();
    const { dir, rows } = writeFixture({ lgos, out: values.out, contentDir: readSiteConfig(process.env).contentDir, seed });
    console.log(`Wrote ${rows} synthetic LGOs to ${dir} in ${Math.round(performance.now() - started)} ms.`);
    console.log(`Build it with: CONTENT_DIR=${dir} npm run build`);
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

process.exitCode = main();
