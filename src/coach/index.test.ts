import { describe, expect, it } from 'vitest';
import { checkMessage, looksBinary, MAX_CHECKED_CHARS } from './index.js';
import { scoreOf } from './score.js';
import type { CoachFinding } from './types.js';

const GOOD =
  'Hi Ana, your post on caching at DevDays fixed a bug for us. Could I ask one question about cache keys? Thank you!';

describe('checkMessage', () => {
  it('works without any context and says which checks it skipped', () => {
    const result = checkMessage(GOOD);
    expect(result.assumed.kind).toBe('first_message');
    expect(result.skipped.map((s) => s.ruleId)).toEqual(
      expect.arrayContaining(['platform-limit-exceeded', 'name-mismatch']),
    );
    expect(result.score).toBeGreaterThan(80);
  });

  it('recognises a Subject: line as an e-mail and checks the subject', () => {
    const result = checkMessage('Subject: Job\n\nHi Ana, your post on caching helped. Could I ask a question?');
    expect(result.assumed).toMatchObject({ kind: 'email', platform: 'email' });
    const subject = result.findings.find((f) => f.ruleId === 'subject-line-quality');
    expect(subject && 'Subject: Job\n\n'.slice(subject.start, subject.end)).toBe('Job');
  });

  it('caps a message with an error-level finding at 50', () => {
    const result = checkMessage('Hi Ana, your post on caching was great. Are you hiring? Thank you!', {
      kind: 'first_message',
    });
    expect(result.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(result.score).toBeLessThanOrEqual(50);
    expect(result.topFixes[0]?.ruleId).toBe('job-ask-first-contact');
    expect(result.explanation.join(' ')).toContain('Capped at 50');
  });

  it('only notes a job question when the sender already applied', () => {
    const applied = checkMessage(
      'Hi Ana, I applied for the analyst role last week. Are there any openings on your team?',
      {
        kind: 'first_message',
      },
    );
    const finding = applied.findings.find((f) => f.ruleId === 'job-ask-first-contact');
    expect(finding?.severity).toBe('info');
  });

  it('does not treat a follow-up as a first contact', () => {
    const text = 'Hi Ana, thanks for the chat on Tuesday. Are you hiring for the data team yet?';
    expect(checkMessage(text, { kind: 'follow_up' }).findings.map((f) => f.ruleId)).not.toContain(
      'job-ask-first-contact',
    );
    const replied = [{ direction: 'received' as const, at: '2026-01-01T00:00:00Z' }];
    expect(checkMessage(text, { kind: 'first_message', history: replied }).findings.map((f) => f.ruleId)).not.toContain(
      'job-ask-first-contact',
    );
  });

  it('scores a clean message higher than a sloppy one', () => {
    const sloppy = checkMessage('hey bro!! can u pick your brain sometime?? lmk', {
      platform: 'linkedin',
      kind: 'first_message',
    });
    expect(checkMessage(GOOD, { platform: 'linkedin', kind: 'first_message' }).score).toBeGreaterThan(
      sloppy.score + 30,
    );
  });

  it('uses the history for follow-up timing', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    const history = [{ direction: 'sent' as const, at: '2026-03-08T12:00:00Z' }];
    const soon = checkMessage('Hi Ana, following up on caching.', { kind: 'follow_up', history, now });
    expect(soon.findings.map((f) => f.ruleId)).toContain('followup-too-soon');
    const later = checkMessage('Hi Ana, following up on caching.', {
      kind: 'follow_up',
      history,
      now: new Date('2026-03-20T12:00:00Z'),
    });
    expect(later.findings.map((f) => f.ruleId)).not.toContain('followup-too-soon');
  });

  it('handles empty, binary, huge and non-English input', () => {
    expect(checkMessage('')).toMatchObject({ score: 0, findings: [], assumed: { language: 'empty' } });
    expect(checkMessage('   \n ')).toMatchObject({ score: 0, assumed: { language: 'empty' } });
    expect(looksBinary('PK\u0003\u0004\u0000\u0000')).toBe(true);
    expect(checkMessage('PK\u0003\u0004\u0000\u0000abc').assumed.language).toBe('binary');
    const huge = checkMessage('Hi Ana, I read your post. '.repeat(40_000), {
      platform: 'linkedin',
      kind: 'connection_note',
    });
    expect(huge.skipped[0]?.reason).toContain(String(MAX_CHECKED_CHARS));
    expect(huge.findings.some((f) => f.ruleId === 'platform-limit-exceeded')).toBe(true);
    const spanish = checkMessage(
      'Hola Ana, me gustaría conectar contigo porque trabajo en datos y leí tu artículo sobre la caché.',
    );
    expect(spanish.assumed.language).toBe('other');
    expect(spanish.skipped.some((s) => s.ruleId === 'no-recipient-detail')).toBe(true);
    expect(spanish.findings.filter((f) => f.ruleId === 'typos-sloppy')).toEqual([]);
  });

  it('gives offsets into the text as given, with a suggestion where there is one', () => {
    const text = 'Hi Ana, could I pick your brain? Thanks.';
    const finding = checkMessage(text).findings.find((f) => f.ruleId === 'pick-your-brain')!;
    expect(text.slice(finding.start, finding.end)).toBe('pick your brain');
    expect(finding.suggestion).toMatch(/question/);
  });
});

describe('scoreOf', () => {
  const f = (ruleId: string, severity: CoachFinding['severity']): CoachFinding => ({
    ruleId,
    severity,
    message: 'm',
    start: 0,
    end: 1,
  });
  it('takes points by severity, less for repeats of one rule', () => {
    expect(scoreOf([])).toBe(100);
    expect(scoreOf([f('a', 'warning')])).toBe(90);
    expect(scoreOf([f('a', 'info')])).toBe(97);
    expect(scoreOf([f('a', 'warning'), f('a', 'warning')])).toBe(87);
    expect(scoreOf([f('a', 'error')])).toBe(50);
    expect(scoreOf(Array.from({ length: 20 }, (_, i) => f(`r${i}`, 'warning')))).toBe(0);
  });
});

describe('browser safety', () => {
  it('the coach (all but the speller loader) imports no Node modules', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const root = new URL('./', import.meta.url);
    const files = [
      ...readdirSync(root).map((f) => `./${f}`),
      ...readdirSync(new URL('./rules/', root)).map((f) => `./rules/${f}`),
    ].filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('speller.ts'));
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const source = readFileSync(new URL(file, root), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const name of imports)
        expect(name, `${file} imports ${name}`).toMatch(/^(?:\.{1,2}\/|syllable$|flesch-kincaid$)/);
    }
  });
});
