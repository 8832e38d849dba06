import { describe, expect, it } from 'vitest';
import { PEOPLE, PERSONA } from '../../test/fixtures/samples/persona.js';
import { fieldsOf, roleOf, userFields, type Role } from './roles.js';

const ENGINEER = userFields(PERSONA.positions.map((position) => position.title));

describe('userFields', () => {
  it('reads the persona as an engineer', () => {
    expect(ENGINEER).toEqual(['engineering']);
    expect(fieldsOf('Account Manager')).toEqual(['sales']);
    expect(fieldsOf('Head of People')).toEqual(['people']);
  });
});

describe('roleOf', () => {
  it.each<[string | undefined, Role]>([
    ['Senior Technical Recruiter', 'recruiter'],
    ['Talent Acquisition Partner', 'recruiter'],
    ['Head of Talent', 'recruiter'],
    ['Sourcer, Engineering', 'recruiter'],
    ['Chargée de recrutement', 'recruiter'],
    ['採用担当', 'recruiter'],
    ['Engineering Manager', 'hiring-manager'],
    ['Lead Developer', 'hiring-manager'],
    ['Head of Platform', 'hiring-manager'],
    ['Director of Software Engineering', 'hiring-manager'],
    ['Manager', 'hiring-manager'],
    ['VP Engineering', 'executive'],
    ['Chief Technology Officer', 'executive'],
    ['Co-founder & CEO', 'executive'],
    ['HR Business Partner', 'other'],
    ['Product Owner', 'other'],
    ['Staff Engineer', 'peer'],
    ['Senior Software Engineer', 'peer'],
    ['Junior Developer', 'peer'],
    ['Principal Engineer', 'peer'],
    ['Account Manager', 'other'],
    ['Sales Director', 'other'],
    ['Marketing Manager', 'other'],
    ['Nurse', 'other'],
    ['', 'unknown'],
    [undefined, 'unknown'],
  ])('%s → %s', (title, role) => {
    expect(roleOf(title, ENGINEER).role).toBe(role);
  });

  it('judges managers by the user’s own field', () => {
    expect(roleOf('Marketing Manager', ['marketing']).role).toBe('hiring-manager');
    expect(roleOf('Sales Director', ['sales']).role).toBe('hiring-manager');
    expect(roleOf('Engineering Manager', ['marketing']).role).toBe('other');
    expect(roleOf('Marketing Manager', []).role).toBe('hiring-manager');
    expect(roleOf('Marketing Manager', []).reason).toContain('unknown');
  });

  it('says which word decided', () => {
    expect(roleOf('Senior Technical Recruiter', ENGINEER).reason).toContain('Recruiter');
    expect(roleOf('Account Manager', ENGINEER).reason).toContain('not your field');
  });

  it('finds the persona’s recruiter and likely managers', () => {
    const roles = Object.fromEntries(PEOPLE.map((person) => [person.name, roleOf(person.position, ENGINEER).role]));
    expect(roles['Taylor Brooks']).toBe('recruiter');
    expect(roles['Priya Raman']).toBe('hiring-manager');
    expect(roles['Dana Whitfield']).toBe('peer');
    expect(roles['Morgan Diaz']).toBe('other');
    expect(roles['Riley Chen']).toBe('unknown');
  });
});
