// A qualitative milestone (a unit set up, a task force upgraded): done or not, with its date.
import type { KindModule } from './kind-module';

export const milestone: KindModule<'milestone'> = {
  kind: 'milestone',
  measure: 'milestones',
  hasPace: false,
  unit: 'none',
  statuses: ['done', 'pending', 'overdue'],
  labelKey: 'filters:kinds.milestone',
  targetOf: () => 1,
  lowerOf: () => 1,
  format: (commitment, lang, _t, f) => f.text(commitment.description, lang),
  formatValue: () => '',
};
