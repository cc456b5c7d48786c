// The data desk's server tests (tests/server/): Node, real databases — a SQLite file, and
// PostgreSQL too when DESK_TEST_POSTGRES_URL names a role that may create databases.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/server/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts servers and databases of its own; two at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});
