// Runs before any schema is defined: zod's JIT compiles parsers with `new Function`,
// which a strict Content-Security-Policy (no 'unsafe-eval') forbids.
import * as z from 'zod/mini';

z.config({ jitless: true });
