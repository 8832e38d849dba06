import { describe, expect, it } from 'vitest';
import { configSchema } from '../config/schema.js';
import { defaultTriageConfig, type TriageConfig } from '../config/triage.js';
import { PERSONA } from '../../test/fixtures/samples/persona.js';
import { buildKnowledge, classify, decide, incomingRequests, redirectTarget, toJson, triage } from './index.js';
import {
  POSITIONS,
  facebookFriend,
  facebookRequest,
  instagramRequest,
  linkedinConnection,
  linkedinInvitation,
  message,
  personaItems,
} from '../../test/fixtures/triage.js';

function policy(edit: (config: TriageConfig) => void = () => {}): TriageConfig {
  const config = defaultTriageConfig();
  config.networks.linkedin.profileUrl = PERSONA.linkedinUrl;
  config.networks.facebook.profileUrl = PERSONA.facebookUrl;
  edit(config);
  return config;
}

const run = (config = policy()) =>
  triage({
    items: personaItems(),
    positions: POSITIONS,
    labels: [{ name: 'Pat Morgan', relationship: 'family' }],
    selfNames: [PERSONA.name],
    policy: config,
  });

const byName = (entries: ReturnType<typeof run>, platform: string, name: string) => {
  const entry = entries.find((e) => e.request.platform === platform && e.request.name === name);
  if (!entry) throw new Error(`no ${platform} request from ${name}`);
  return entry;
};

describe('incomingRequests', () => {
  it('keeps open incoming requests only, one per person, newest first', () => {
    const requests = incomingRequests(personaItems());
    const names = requests.map((r) => `${r.platform}:${r.name}`);
    expect(names.filter((n) => n === 'facebook:Jordan Lee')).toHaveLength(1);
    expect(names).not.toContain('facebook:Old Rejected');
    expect(names).not.toContain('facebook:Someone I Asked');
    expect(requests[0]?.name).toBe('李伟');
    expect(requests.at(-1)?.receivedAt).toBeNull();
  });

  it('flags different people who share a name, and ignores blank names', () => {
    const requests = incomingRequests([
      linkedinInvitation('Jordan Lee', '2026-01-01T00:00:00Z', '', 'https://www.linkedin.com/in/jordan-lee-1'),
      linkedinInvitation('jordan lee', '2026-01-02T00:00:00Z', '', 'https://www.linkedin.com/in/jordan-lee-2'),
      facebookRequest('   ', '2026-01-02T00:00:00Z'),
    ]);
    expect(requests).toHaveLength(2);
    expect(requests.every((r) => r.sameNameOthers === 1)).toBe(true);
  });
});

describe('classify', () => {
  const entries = run();
  it.each([
    ['facebook', 'Jordan Lee', 'coworker', 'Works at Contoso, your current employer — from LinkedIn connections'],
    ['facebook', 'Priya Raman', 'manager-or-report', 'Engineering Manager at Contoso, your current employer'],
    ['facebook', "Sam O'Neil", 'coworker', 'Works at Fabrikam, where you worked 2019-06 to 2022-02'],
    ['facebook', 'Taylor Brooks', 'recruiter', 'Senior Technical Recruiter at Tailspin Toys: a recruiting role'],
    ['facebook', 'morgan diaz', 'client-or-vendor', 'Account Manager at Litware: a sales or account role'],
    ['facebook', 'Dana M. Whitfield', 'peer', 'Already a LinkedIn connection (Staff Engineer at Adventure Works)'],
    ['linkedin', 'Chris Novak', 'candidate', 'Their request says “Hi Alex, I applied for the Junior Developer role'],
    ['instagram', 'Chris Novak', 'candidate', 'Their LinkedIn request says'],
    ['linkedin', 'Riley Chen', 'friend', 'Already your friend on Facebook — from Facebook friends'],
    ['instagram', 'Noor Haddad', 'friend', 'You follow each other on Instagram'],
    ['linkedin', 'Pat Morgan', 'family', 'You labelled them family — from your labels'],
    ['facebook', 'Zoë Ångström', 'unknown', 'Nothing in your exports or labels mentions this name'],
    ['facebook', '李伟', 'unknown', 'names in other scripts'],
    ['facebook', 'Dmitri Volkov', 'unknown', '1 message exchanged on Facebook'],
    ['linkedin', 'Quinn Harper', 'unknown', 'Nothing in your exports'],
  ])('%s %s → %s', (platform, name, relationship, evidence) => {
    const entry = byName(entries, platform, name);
    expect(entry.classification.relationship).toBe(relationship);
    expect(entry.classification.evidence.join('\n')).toContain(evidence);
  });

  it('says when a name matched only loosely', () => {
    expect(byName(entries, 'facebook', 'Dana M. Whitfield').classification.evidence).toContain(
      'Matched as Dana Whitfield (middle name left out)',
    );
  });

  it('normalises company names and never matches the user to themselves', () => {
    const knowledge = buildKnowledge({
      items: [linkedinConnection('Ana Ruiz', 'CONTOSO LIMITED', 'Designer'), facebookFriend(PERSONA.name)],
      positions: POSITIONS,
      labels: [],
      selfNames: [PERSONA.name],
    });
    const [ana, self] = incomingRequests([
      facebookRequest('Ana Ruiz', '2026-01-02T00:00:00Z'),
      facebookRequest(PERSONA.name, '2026-01-01T00:00:00Z'),
    ]);
    expect(classify(ana!, knowledge).relationship).toBe('coworker');
    expect(classify(self!, knowledge).relationship).toBe('unknown');
  });

  it('a recruiter at your own employer is a coworker; a policy client is a client', () => {
    const knowledge = buildKnowledge({
      items: [
        linkedinConnection('Lee Park', 'Contoso', 'Talent Acquisition Partner'),
        linkedinConnection('Ines Vidal', 'Northwind Health', 'Software Engineer'),
      ],
      positions: POSITIONS,
      labels: [],
      clientCompanies: ['Northwind Health Inc.'],
    });
    const requests = incomingRequests([
      facebookRequest('Lee Park', '2026-01-02T00:00:00Z'),
      facebookRequest('Ines Vidal', '2026-01-01T00:00:00Z'),
    ]);
    expect(requests.map((r) => classify(r, knowledge).relationship)).toEqual(['coworker', 'client-or-vendor']);
  });

  it('reads what someone wrote about themselves in messages', () => {
    const knowledge = buildKnowledge({
      items: [message('linkedin', 'Eve Stone', "Hi Alex, I'm a recruiter at Globex and loved your talk.", 'incoming')],
      positions: [],
      labels: [],
    });
    const [request] = incomingRequests([facebookRequest('Eve Stone', '2026-01-01T00:00:00Z')]);
    const result = classify(request!, knowledge);
    expect(result.relationship).toBe('recruiter');
    expect(result.evidence[0]).toContain("Wrote in a LinkedIn message “Hi Alex, I'm a recruiter at Globex");
  });

  it('a name that fits two people is ambiguous and never accepted or redirected', () => {
    const items = [
      linkedinConnection('Jordan A. Lee', 'Contoso', 'Engineer'),
      linkedinConnection('Jordan B. Lee', 'Globex', 'Engineer'),
      facebookRequest('Jordan Lee', '2026-01-01T00:00:00Z'),
    ];
    const [entry] = triage({ items, positions: POSITIONS, labels: [], policy: policy() });
    expect(entry?.classification.ambiguous).toBe(true);
    expect(entry?.classification.evidence.join(' ')).toContain('fits 2 people');
    expect(entry?.decision.decision).toBe('review');
  });
});

describe('decide', () => {
  const entries = run();
  it.each([
    ['facebook', 'Jordan Lee', 'redirect'],
    ['facebook', 'Taylor Brooks', 'redirect'],
    ['instagram', 'Chris Novak', 'redirect'],
    ['linkedin', 'Chris Novak', 'accept'],
    ['linkedin', 'Riley Chen', 'accept'],
    ['instagram', 'Noor Haddad', 'accept'],
    ['linkedin', 'Pat Morgan', 'accept'],
    ['facebook', 'Zoë Ångström', 'ignore'],
    ['facebook', '李伟', 'ignore'],
    ['facebook', 'Dmitri Volkov', 'review'],
    ['linkedin', 'Quinn Harper', 'review'],
  ])('%s %s → %s', (platform, name, decision) => {
    const entry = byName(entries, platform, name);
    expect(entry.decision.decision).toBe(decision);
    expect(entry.decision.reason.length).toBeGreaterThan(10);
    expect(entry.reply === null).toBe(decision !== 'redirect');
  });

  it('groups the output: redirects, then reviews, accepts, ignores', () => {
    const order = entries.map((e) => e.decision.decision);
    expect(order).toEqual([...order].sort((a, b) => rank(a) - rank(b)));
    function rank(d: string) {
      return ['redirect', 'review', 'accept', 'ignore'].indexOf(d);
    }
  });

  it('follows the policy: a redirect goes where the class is accepted', () => {
    const config = policy((c) => {
      c.rules.friend.linkedin = 'redirect';
      c.rules.coworker.linkedin = 'review';
      c.rules.coworker.x = 'accept';
    });
    expect(redirectTarget(config, 'friend', 'linkedin')).toBe('facebook');
    expect(redirectTarget(config, 'coworker', 'facebook')).toBe('x');
    config.networks.x.use = 'unused';
    expect(redirectTarget(config, 'coworker', 'facebook')).toBeUndefined();
    const [request] = incomingRequests([facebookRequest('Jordan Lee', '2026-01-01T00:00:00Z')]);
    const knowledge = buildKnowledge({ items: [linkedinConnection('Jordan Lee')], positions: POSITIONS, labels: [] });
    const decision = decide(request!, classify(request!, knowledge), config);
    expect(decision.decision).toBe('review');
    expect(decision.reason).toContain('triage.rules.coworker');
  });

  it('marks what an earlier run already decided as not new', () => {
    const first = run();
    const previous = new Map(
      first.map((e) => [e.request.key, { relationship: e.classification.relationship, decision: e.decision.decision }]),
    );
    const second = triage({
      items: personaItems(),
      positions: POSITIONS,
      labels: [{ name: 'Pat Morgan', relationship: 'family' }],
      selfNames: [PERSONA.name],
      policy: policy(),
      previous,
    });
    expect(second.filter((e) => e.isNew).map((e) => e.decision.decision)).toEqual(['review', 'review']);
  });
});

describe('redirect replies', () => {
  const redirects = run().filter((e) => e.decision.decision === 'redirect');

  it('every redirect has a short, warm draft with the concrete channel', () => {
    expect(redirects.length).toBeGreaterThanOrEqual(7);
    for (const { reply, request } of redirects) {
      expect(reply).toMatch(/^(Hi|Hello|Hey) /);
      expect(reply).toContain(request.name.split(/[\s']/)[0]!.replace(/^m/, 'M'));
      expect(reply).toMatch(/thank/i);
      expect(reply).toContain('LinkedIn');
      expect(reply).toContain(PERSONA.linkedinUrl);
      expect(reply).toMatch(/\nAlex$/);
      expect(reply!.length).toBeLessThan(400);
      expect(reply).not.toMatch(/not (really )?friends|personally|policy|rule|don't accept|only accept/i);
      expect((reply!.match(/!/g) ?? []).length).toBeLessThanOrEqual(1);
    }
  });

  it('does not promise an invite to someone already connected, and accepts a pending one', () => {
    const jordan = redirects.find((e) => e.request.name === 'Jordan Lee');
    expect(jordan?.reply).toMatch(/already connected/);
    expect(jordan?.decision.reason).toMatch(/you are already connected on LinkedIn$/);
    const chris = redirects.find((e) => e.request.platform === 'instagram');
    expect(chris?.reply).toMatch(/accepted your invitation/);
    expect(chris?.decision.reason).toMatch(/accept their LinkedIn request, then send the reply$/);
    const [stranger] = triage({
      items: [facebookRequest('Kim Sato', '2026-01-01T00:00:00Z')],
      positions: [],
      labels: [{ name: 'Kim Sato', relationship: 'peer' }],
      policy: policy(),
    });
    expect(stranger?.reply).toMatch(/sent you|invite/);
    expect(stranger?.decision.reason).toMatch(/send them an invite on LinkedIn, then the reply$/);
  });

  it('a dozen replies do not read as one template, and the same person always gets the same draft', () => {
    const names = [
      'Jordan Lee',
      'Priya Raman',
      'Sam O’Neil',
      'Taylor Brooks',
      'Chris Novak',
      'Morgan Diaz',
      'Dana Whitfield',
      'Ana Ruiz',
      'Lee Park',
      'Ines Vidal',
      'Omar Faruk',
      'Kim Sato',
    ];
    const items = names.map((name, i) => facebookRequest(name, `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`));
    const labels = names.map((name) => ({ name, relationship: 'coworker' as const }));
    const replies = triage({ items, positions: [], labels, policy: policy() }).map((e) => e.reply!);
    expect(new Set(replies).size).toBe(12);
    const sentences = replies.map((r) => r.replace(/^\S+ \S+, /, '').split(/(?<=[.!])\s+|\n+/));
    for (const slot of [0, 1, 3]) {
      const counts = new Map<string, number>();
      for (const s of sentences) counts.set(s[slot]!, (counts.get(s[slot]!) ?? 0) + 1);
      expect(Math.max(...counts.values()), `slot ${slot}`).toBeLessThanOrEqual(6);
    }
    const again = triage({ items, positions: [], labels, policy: policy() }).map((e) => e.reply!);
    expect(again).toEqual(replies);
  });

  it('without a profile link still names the invite', () => {
    const [entry] = triage({
      items: [facebookRequest('Jordan Lee', '2026-01-01T00:00:00Z')],
      positions: [],
      labels: [{ name: 'Jordan Lee', relationship: 'coworker' }],
      policy: defaultTriageConfig(),
    });
    expect(entry?.reply).toMatch(/sent you|invite from me/);
    expect(entry?.reply).not.toContain('http');
  });
});

describe('policy (triage config section)', () => {
  it('defaults: LinkedIn professional, Facebook/Instagram personal, X public', () => {
    const config = configSchema.parse({}).triage;
    expect(config.networks.linkedin.use).toBe('professional');
    expect(config.networks.facebook.use).toBe('personal');
    expect(config.networks.instagram.use).toBe('personal');
    expect(config.networks.x.use).toBe('public');
    expect(config.rules.coworker.facebook).toBe('redirect');
    expect(config.rules.unknown.facebook).toBe('ignore');
  });

  it('accepts comment keys and fills what is missing', () => {
    const config = configSchema.parse({
      triage: {
        $comment: 'mine',
        '// rules': 'work on LinkedIn',
        rules: { '//': 'x', recruiter: { '// why': 'y', facebook: 'ignore' } },
      },
    }).triage;
    expect(config.rules.recruiter.facebook).toBe('ignore');
    expect(config.rules.recruiter.linkedin).toBe('accept');
  });

  it.each([
    [{ rules: { coworker: { facebook: 'acept' } } }, 'triage.rules.coworker.facebook'],
    [{ rules: { cowork: {} } }, 'cowork'],
    [{ networks: { linkedin: { profileUrl: 'linkedin.com/in/me' } } }, 'triage.networks.linkedin.profileUrl'],
    [{ networks: { myspace: {} } }, 'myspace'],
    [{ networks: { facebook: { use: 'friends' } } }, 'triage.networks.facebook.use'],
  ])('names the key of a mistake: %j', (triageSection, key) => {
    const result = configSchema.safeParse({ triage: triageSection });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(`${issue.path.join('.')} ${issue.message}`).toContain(key);
  });
});

describe('toJson', () => {
  it('has exactly the contract keys', () => {
    const json = toJson(run());
    for (const request of json.requests)
      expect(Object.keys(request)).toEqual([
        'platform',
        'name',
        'receivedAt',
        'relationship',
        'evidence',
        'decision',
        'reason',
        'reply',
      ]);
  });
});

describe('what the exports say besides names', () => {
  const base = { positions: POSITIONS, labels: [], selfNames: [PERSONA.name], policy: policy() };

  it('spam is ignored even where strangers are reviewed', () => {
    const entries = triage({
      ...base,
      items: [
        linkedinInvitation(
          'Vic Spammer',
          '2026-02-03T20:05:00Z',
          'Grow your crypto portfolio 10x, guaranteed returns. DM me!',
        ),
        message('facebook', 'Ray Hustle', 'Hello friend, I have a business opportunity for you.', 'incoming'),
        facebookRequest('Ray Hustle', '2026-02-04T20:05:00Z'),
      ],
    });
    expect(entries.map((e) => [e.request.name, e.decision.decision])).toEqual([
      ['Ray Hustle', 'ignore'],
      ['Vic Spammer', 'ignore'],
    ]);
    expect(entries[1]?.classification.evidence[0]).toContain('Their request reads like spam: “Grow your crypto');
  });

  it('drops requests from people already connected on that network (old LinkedIn invitations)', () => {
    const entries = triage({
      ...base,
      items: [linkedinConnection('Jordan Lee'), linkedinInvitation('Jordan Lee', '2022-05-02T09:15:00Z')],
    });
    expect(entries).toEqual([]);
  });

  it('matches Instagram handles that spell a name, and greets by the name', () => {
    const entries = triage({
      ...base,
      items: [
        linkedinConnection('Taylor Brooks'),
        linkedinInvitation(
          'Chris Novak',
          '2026-01-29T14:37:00Z',
          'Hi Alex, I applied for the junior role on your team.',
        ),
        instagramRequest('taylorbrooks.recruits', '2026-01-10T08:00:00Z'),
        instagramRequest('chrisnovak.dev', '2026-01-13T08:00:00Z'),
        instagramRequest('dmitri_v_1987', '2026-01-14T08:00:00Z'),
      ],
    });
    const of = (name: string) => entries.find((e) => e.request.name === name)!;
    expect(of('taylorbrooks.recruits').classification.relationship).toBe('recruiter');
    expect(of('taylorbrooks.recruits').reply).toMatch(/^(Hi|Hello|Hey) Taylor, /);
    expect(of('chrisnovak.dev').classification.relationship).toBe('candidate');
    expect(of('chrisnovak.dev').classification.evidence).toContain(
      'Matched as Chris Novak (handle chrisnovak.dev spells the name)',
    );
    expect(of('chrisnovak.dev').reply).toMatch(/accepted your invitation on LinkedIn/);
    expect(of('dmitri_v_1987').classification.relationship).toBe('unknown');
  });

  it('says when the user declined them before', () => {
    const [entry] = triage({
      ...base,
      items: [
        facebookRequest('李伟', '2025-12-12T03:00:00Z', 'rejected'),
        linkedinInvitation('李伟', '2026-02-06T07:41:00Z'),
      ],
    });
    expect(entry?.classification.relationship).toBe('unknown');
    expect(entry?.classification.evidence).toContain(
      'You declined their Facebook request on 2025-12-12 — from Facebook requests',
    );
  });
});
