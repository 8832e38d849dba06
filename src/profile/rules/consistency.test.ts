import { describe, expect, it } from 'vitest';
import { inputOf, record, withJobs } from '../../../test/fixtures/profile.js';
import { consistencyRule } from './consistency.js';

const linkedin = withJobs(
  'linkedin',
  [
    { company: 'Contoso Ltd.', title: 'Software Engineer', startedOn: '2022-03' },
    { company: 'Fabrikam, Inc.', title: 'Junior Developer', startedOn: '2019-06', finishedOn: '2022-02' },
  ],
  { name: 'Alex Morgan', location: 'Seattle, Washington' },
);

const cases = [
  {
    name: 'same job, same city spelled differently, same name: nothing',
    other: withJobs('facebook', [{ company: 'Contoso', title: 'software engineer', startedOn: '2022-03' }], {
      name: 'alex morgan',
      location: 'Seattle, WA',
    }),
    fields: [],
  },
  {
    name: 'Facebook still says the old employer as current',
    other: withJobs('facebook', [{ company: 'Fabrikam', title: 'Junior Developer', startedOn: '2019-06' }], {
      name: 'Alex Morgan',
    }),
    fields: ['employer', 'title', 'dates'],
  },
  {
    name: 'another city and another name',
    other: record('x', { name: 'Alexandra Moreno', location: 'Portland, Oregon' }),
    fields: ['name', 'location'],
  },
  {
    name: 'start month differs for the same job',
    other: withJobs('facebook', [{ company: 'Contoso Ltd', title: 'Software Engineer', startedOn: '2021-11' }]),
    fields: ['dates'],
  },
  {
    name: 'a network that says nothing about jobs: nothing',
    other: record('instagram', { name: 'Alex Morgan' }),
    fields: [],
  },
];

describe('profile/consistency', () => {
  it.each(cases)('$name', ({ other, fields }) => {
    const found = consistencyRule.check(inputOf([linkedin, other]));
    expect(found.map((hit) => hit.detection.details?.field)).toEqual(fields);
    for (const hit of found) {
      expect(hit.platform).toBe(other.platform);
      expect(hit.detection.reason).toContain('LinkedIn');
    }
  });

  it('names both values in the reason', () => {
    const facebook = withJobs('facebook', [{ company: 'Fabrikam, Inc.', title: 'Junior Developer' }]);
    const [employer] = consistencyRule.check(inputOf([facebook, linkedin]));
    expect(employer?.detection.reason).toBe(
      'Your Facebook current employer (Fabrikam, Inc.) differs from your LinkedIn (Contoso Ltd.)',
    );
  });
});
