// Writes src/app/tokens.css from the design tokens (src/lib/tokens.ts). Run after editing a
// token: `npm run tokens:css`. tests/unit/tokens.test.ts fails while the file is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokensCss } from '../src/lib/tokens-css';

const target = join(import.meta.dirname, '..', 'src', 'app', 'tokens.css');
writeFileSync(target, tokensCss());
console.log(`wrote ${target}`);
