/**
 * npm run published -- update | retire <old-id> --successor <new-id> --reason merged|renamed|upgraded | check
 * Keeps content/published.yaml, the record of ids whose URLs have been printed.
 */
import { runPublishedCommand } from '../src/lib/web/published-command';

const { code, output } = runPublishedCommand(process.argv.slice(2), process.env);
(code === 0 ? console.log : console.error)(output);
process.exit(code);
