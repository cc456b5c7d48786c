// The pledged-vs-reported transform's inputs over today's dataset, as the unit tests call it.
import { defaultResources } from '../../mocks/resources';
import type { PledgePanelLabels } from '../../src/features/programs/model/program-panels';

export const { programs } = defaultResources.programs;

export const names = {
  institutions: defaultResources.institutions.institutions,
  strategies: defaultResources.strategies.strategies,
};

export const pledgeLabels: PledgePanelLabels = {
  title: 'Pledged vs reported',
  subtitle: '',
  program: 'Pledge',
  group: 'Group',
  pledged: 'Pledged',
  counted: 'Counted',
  reportedBasis: { approved: 'Approved', disbursed: 'Disbursed', balance: 'Balance' },
  illustrative: 'illustrative',
  noData: 'No figure yet',
  sharedNote: () => '',
};
