#!/usr/bin/env node
'use strict';
// Starts the bundled command line (dist/cli.js, made by `npm run build`).
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write("letter-check: the command line is not built yet: run 'npm run build' first.\n");
  process.exit(2);
}
require(cli);
