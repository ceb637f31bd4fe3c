import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runAsync, type CommandResult } from './build-utils';
import { fixtureCopy } from './fixture-utils';

const { dir, cleanup } = fixtureCopy();
afterAll(cleanup);

/** Runs `npm run import -- …` as a provincial officer would, on the fixture copy. */
function runImportCli(...args: string[]): Promise<CommandResult> {
  return runAsync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/import.ts', ...args], { env: { ...process.env, CONTENT_DIR: dir } });
}

describe('npm run import', () => {
  it('explains its usage and exits 2 without a file', async () => {
    const result = await runImportCli();
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Name the file to import[\s\S]*--skip-invalid/);
  });

  it('refuses an unknown encoding', async () => {
    expect(await runImportCli('x.csv', '--encoding', 'latin9')).toMatchObject({ status: 2, stderr: expect.stringMatching(/Unknown --encoding "latin9"/) });
  });

  it('names a file it cannot read', async () => {
    const result = await runImportCli(join(dir, 'missing.csv'));
    expect(result).toMatchObject({ status: 1, stderr: expect.stringMatching(/missing\.csv: no such file \(check the name and folder\)$/m) });
    // No raw error codes for a person to decode.
    expect(result.stderr).not.toMatch(/ENOENT/);
  });

  it('exits 1 on invalid rows and 0 once they are fixed, printing the summary', async () => {
    const file = join(dir, 'registry.csv');
    const before = readFileSync(join(dir, 'lgos.csv'), 'utf8');
    writeFileSync(file, 'code,type,name,district,province\n9924001,ทต.,ทดสอบ,บางปะกง,ฉะเชิงเทร\n');
    const bad = await runImportCli(file);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/registry\.csv row 2, field "province": unknown province "ฉะเชิงเทร"/);
    expect(readFileSync(join(dir, 'lgos.csv'), 'utf8')).toBe(before);
    writeFileSync(file, 'code,type,name,district,province\n9924001,ทต.,ทดสอบ,บางปะกง,ฉะเชิงเทรา\n');
    const good = await runImportCli(file);
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/TH-24 ฉะเชิงเทรา +1 +0 +0 +0 +2[\s\S]*Wrote lgos\.csv/);
  });
});
