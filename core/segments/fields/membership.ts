import type { FieldDef } from '../field.ts';

/** Membership of another segment: the rule compiler resolves it from that segment's members, not a column. */
export const membershipFields: FieldDef[] = [
  {
    id: 'segment', type: 'segment', category: 'membership', label: { en: 'Segment', ru: 'Сегмент' },
    column: () => {
      throw new Error('The segment field has no column: membership is evaluated from the other segment.');
    },
  },
];
