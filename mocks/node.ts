import { setupServer } from 'msw/node';
import { resourceHandlers } from './handlers';
import { defaultResources } from './resources';

export const server = setupServer(...resourceHandlers(defaultResources));
