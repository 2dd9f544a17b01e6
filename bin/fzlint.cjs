#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('fzlint: the CLI is not built yet (dist/cli.cjs missing). Run: npm run build\n');
  process.exit(2);
}
require('./load-bundle.cjs').loadBundle(bundle).run();
