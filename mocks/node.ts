import { setupServer } from 'msw/node';
import { deskHandlers } from './desk';
import { DEMO_API, resourceHandlers, vintageHandlers } from './handlers';
import { defaultResources, defaultVintages, demoResources } from './resources';

export const server = setupServer(
  ...resourceHandlers(defaultResources),
  ...resourceHandlers(demoResources, DEMO_API),
  ...deskHandlers(defaultResources),
  ...vintageHandlers(defaultVintages),
);
