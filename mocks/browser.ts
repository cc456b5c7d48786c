// The development mock: a service worker serving the dataset (or a named scenario, chosen
// with VITE_MOCK_SCENARIO) at /api/v1. Only imported by src/main.tsx in development.
import { setupWorker } from 'msw/browser';
import { deskHandlers } from './desk';
import { DEMO_API, resourceHandlers, vintageHandlers } from './handlers';
import { scenarioHandlers } from './scenarios';
import { defaultResources, defaultVintages, demoResources } from './resources';

export async function startMockApi(scenario = 'default'): Promise<void> {
  const worker = setupWorker(
    ...scenarioHandlers(scenario, defaultResources),
    ...resourceHandlers(demoResources, DEMO_API),
    ...deskHandlers(defaultResources),
    ...vintageHandlers(defaultVintages),
  );
  await worker.start({ onUnhandledFrame: 'bypass', quiet: true });
}
