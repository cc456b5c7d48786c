import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';

// Tests wait for what a reader waits for (a role, a text, aria-busy ending), never for a
// clock: this timeout is only a safety net for a slow, loaded machine, so it is generous and
// no test sets a shorter one of its own.
configure({ asyncUtilTimeout: 60_000 });

// Every request a test makes must be one the mock knows: an unknown one fails the test.
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
