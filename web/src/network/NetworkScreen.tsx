import { useState } from 'react';
import { sendJson } from '../api';
import { handDraftToCoach } from '../handoff';
import type { NetworkCompany, NetworkPerson, NetworkView } from '../../../src/api/people.js';
import { useLoad } from '../useLoad';
import { RetryAlert } from '../RetryAlert';
import { roleLabel } from '../labels';

const PAGE = 15;

function coachPlatform(person: NetworkPerson): 'linkedin' | 'facebook' | 'instagram' | 'x' | 'email' {
  const channel = person.suggestion.channel.toLowerCase();
  for (const platform of ['linkedin', 'facebook', 'instagram'] as const)
    if (channel.includes(platform)) return platform;
  if (channel.includes('mail')) return 'email';
  if (/\bx\b/.test(channel)) return 'x';
  return 'linkedin';
}

/** `decorum network track`: the person becomes a tracked contact (Contacts screen) with why they are a warm path. */
function TrackButton({ person, company }: { person: NetworkPerson; company: string }) {
  const [outcome, setOutcome] = useState<string | null>(null);
  const track = async () => {
    try {
      await sendJson('POST', '/api/network/track', { name: person.name, company });
      setOutcome(`Tracking ${person.name}: see the Contacts screen.`);
    } catch (err) {
      setOutcome(`Could not track ${person.name}: ${(err as Error).message}`);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void track()}>
        Track {person.name}
      </button>{' '}
      <span role="status">{outcome}</span>
    </>
  );
}

function Person({ person, company }: { person: NetworkPerson; company: string }) {
  return (
    <li className="person">
      <p>
        <strong>{person.name}</strong>
        {person.position ? ` — ${person.position}` : ''} <span className="badge">{roleLabel(person.role)}</span>{' '}
        <span className="badge tie">{person.tie}</span>
      </p>
      {person.evidence.length > 0 && <p className="muted">{person.evidence.join(' · ')}</p>}
      <p className="first-step">
        First step: {person.suggestion.channel}
        {person.suggestion.mention.length > 0 ? ` — mention ${person.suggestion.mention.join(', ')}` : ''}.{' '}
        <button
          type="button"
          onClick={() =>
            handDraftToCoach({
              text: person.suggestion.draft,
              platform: coachPlatform(person),
              kind: person.suggestion.kind,
              recipient: person.name,
            })
          }
        >
          Open the draft to {person.name} in the coach
        </button>{' '}
        <TrackButton person={person} company={company} />
      </p>
    </li>
  );
}

function Company({ company, rank, onTarget }: { company: NetworkCompany; rank: number; onTarget: () => void }) {
  const [all, setAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggleTarget = async () => {
    try {
      await sendJson('PUT', '/api/network/targets', { name: company.name, target: !company.target });
      onTarget();
    } catch (err) {
      setError(`Could not save the target: ${(err as Error).message}`);
    }
  };
  const people = all ? company.people : company.people.slice(0, 3);
  return (
    <section className="company panel" aria-labelledby={`company-${rank}`}>
      <h2 id={`company-${rank}`}>
        {rank}. {company.name || 'No company in the export'}{' '}
        <span className="muted">
          · {company.people.length} {company.people.length === 1 ? 'person' : 'people'}
          {company.target ? ' · your target' : ''}
          {company.current ? ' · your employer' : ''}
        </span>
      </h2>
      {company.name && (
        <button type="button" aria-pressed={company.target} onClick={() => void toggleTarget()}>
          {company.target ? `${company.name} is a target` : `Make ${company.name} a target`}
        </button>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {company.variants.length > 1 && <p className="muted">Also written: {company.variants.join(', ')}</p>}
      {company.people.length === 0 && <p className="muted">Nobody you know works here yet.</p>}
      <ul className="people">
        {people.map((person, index) => (
          <Person key={`${person.name}-${index}`} person={person} company={company.name} />
        ))}
      </ul>
      {company.people.length > 3 && (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${company.people.length} people at ${company.name}`}
        </button>
      )}
    </section>
  );
}

export function NetworkScreen() {
  const { data, error, reload } = useLoad<NetworkView>('/api/network');
  const [filter, setFilter] = useState('');
  const [shown, setShown] = useState(PAGE);
  const needle = filter.trim().toLowerCase();
  const companies = (data?.companies ?? []).filter(
    (company) => !needle || [company.name, ...company.variants].some((name) => name.toLowerCase().includes(needle)),
  );
  return (
    <div className="network">
      {error && <RetryAlert message={error} onRetry={() => void reload()} />}
      {data?.empty && (
        <p className="muted">
          Nothing to map yet: audit your LinkedIn (and Facebook, Instagram) exports on the Audit screen first.
        </p>
      )}
      {data && !data.empty && (
        <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <label>
            Employer{' '}
            <input
              type="search"
              value={filter}
              onChange={(e) => {
                setFilter(e.target.value);
                setShown(PAGE);
              }}
            />
          </label>
          <span className="muted" aria-live="polite">
            {companies.length} employer{companies.length === 1 ? '' : 's'}
          </span>
        </form>
      )}
      {companies.slice(0, shown).map((company, index) => (
        <Company key={`${company.name}-${index}`} company={company} rank={index + 1} onTarget={() => void reload()} />
      ))}
      {companies.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, companies.length - shown)} more employers
        </button>
      )}
      {data && data.notes.length > 0 && (
        <details className="panel">
          <summary>{data.notes.length} note(s) on what could not be mapped</summary>
          <ul>
            {data.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
