/** The `letter-check` command: bundled to dist/cli.js and started by bin/letter-check.js. */
import { main } from './main';

process.exitCode = main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
