#!/usr/bin/env node
// The installed `qalam` command. The TypeScript sources are bundled into dist/ by `npm install` (prepare).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', '..', 'dist', 'qalam.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('qalam: the command is not built yet; run `npm run build` in the Qalam folder\n');
  process.exit(70);
}
require(bundle);
