import { useId, useState, type FormEvent } from 'react';
import { sendJson } from '../api';
import type {
  ContactDetail,
  ContactSummary as Contact,
  FollowUps,
  ImportOutcomeView,
  LogBody,
  NewContactBody,
} from '../../../src/api/people.js';
import { platformLink } from '../../../src/core/safe-url.js';
import { CHANNELS, PURPOSES, type Channel, type Purpose } from '../../../src/tracker/vocabulary.js';
import { CHANNEL_LABEL, FOLLOW_UP_LABEL, PURPOSE_LABEL, channelLabel } from '../labels';
import { RetryAlert } from '../RetryAlert';
import { useLoad } from '../useLoad';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');
const today = () => new Date().toLocaleDateString('en-CA');

/** A form's outcome, read out (role=status) or, when it failed, as an alert. */
type Outcome = { ok: boolean; text: string } | null;

function OutcomeLine({ outcome }: { outcome: Outcome }) {
  if (!outcome) return <p role="status" className="form-outcome" />;
  return outcome.ok ? (
    <p role="status" className="form-outcome notice">
      {outcome.text}
    </p>
  ) : (
    <p role="alert" className="form-outcome error">
      {outcome.text}
    </p>
  );
}

/** `decorum contacts add`: a person to track (or details filled in for one already tracked). */
function AddContact({ onAdded }: { onAdded: () => void }) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const body: NewContactBody = {
      name: field('name'),
      company: field('company'),
      position: field('position'),
      platform: field('platform'),
      url: field('url'),
      email: field('email'),
      purpose: field('purpose') as Purpose,
      note: field('note'),
    };
    try {
      const { contact } = await sendJson<ContactDetail>('POST', '/api/contacts', body);
      setOutcome({ ok: true, text: `Tracking ${contact.name}.` });
      form.reset();
      onAdded();
    } catch (err) {
      setOutcome({ ok: false, text: `Could not add the contact: ${(err as Error).message}` });
    }
  };
  return (
    <form className="panel contact-form" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-title`}>Add a contact</h2>
      <div className="form-grid">
        <label>
          Name <input name="name" required autoComplete="off" />
        </label>
        <label>
          Company <input name="company" autoComplete="off" />
        </label>
        <label>
          Position <input name="position" autoComplete="off" />
        </label>
        <label>
          Where you know them from
          <select name="platform" defaultValue="linkedin">
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABEL[channel]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Profile link <input name="url" type="url" autoComplete="off" />
        </label>
        <label>
          E-mail <input name="email" type="email" autoComplete="off" />
        </label>
        <label>
          Purpose
          <select name="purpose" defaultValue="networking">
            {PURPOSES.map((purpose) => (
              <option key={purpose} value={purpose}>
                {PURPOSE_LABEL[purpose]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Note <input name="note" autoComplete="off" />
        </label>
      </div>
      <button type="submit">Add contact</button>
      <OutcomeLine outcome={outcome} />
    </form>
  );
}

/** `decorum contacts log NAME sent|received`. */
function LogMessage({ contacts, onLogged }: { contacts: Contact[]; onLogged: () => void }) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const contact = contacts.find((entry) => String(entry.id) === field('contact'));
    if (!contact) return;
    const body: LogBody = {
      direction: field('direction') as LogBody['direction'],
      channel: field('channel') as Channel,
      at: field('at'),
      note: field('note'),
    };
    try {
      await sendJson<ContactDetail>('POST', `/api/contacts/${contact.id}/log`, body);
      setOutcome({
        ok: true,
        text: `Logged: ${body.direction} ${body.direction === 'sent' ? 'to' : 'from'} ${contact.name} by ${channelLabel(body.channel)}, ${body.at}.`,
      });
      (form.elements.namedItem('note') as HTMLInputElement).value = '';
      onLogged();
    } catch (err) {
      setOutcome({ ok: false, text: `Could not log the message: ${(err as Error).message}` });
    }
  };
  return (
    <form className="panel contact-form" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-title`}>Log a message</h2>
      <div className="form-grid">
        <label>
          Contact
          <select name="contact" required>
            {contacts.map((contact) => (
              <option key={contact.id} value={contact.id}>
                {contact.name}
                {contact.company ? ` (${contact.company})` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          Direction
          <select name="direction" defaultValue="sent">
            <option value="sent">I sent a message</option>
            <option value="received">They wrote to me</option>
          </select>
        </label>
        <label>
          Channel
          <select name="channel" defaultValue="linkedin">
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABEL[channel]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Date <input name="at" type="date" required defaultValue={today()} />
        </label>
        <label>
          What it was about <input name="note" autoComplete="off" />
        </label>
      </div>
      <button type="submit">Log message</button>
      <OutcomeLine outcome={outcome} />
    </form>
  );
}

/** `decorum contacts import`: the LinkedIn messages and invitations an audit stored seed the history. */
function ImportMessages({ onImported }: { onImported: () => void }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const run = async () => {
    try {
      const result = await sendJson<ImportOutcomeView>('POST', '/api/contacts/import', { platform: 'linkedin' });
      setOutcome({
        ok: true,
        text:
          result.read === 0
            ? 'No LinkedIn messages stored yet: audit your LinkedIn export on the Audit screen first.'
            : `Read ${result.read} LinkedIn messages and invitations: ${result.contactsAdded} new contact(s), ${result.entriesAdded} new log entr${result.entriesAdded === 1 ? 'y' : 'ies'}.`,
      });
      onImported();
    } catch (err) {
      setOutcome({ ok: false, text: `Could not import: ${(err as Error).message}` });
    }
  };
  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">Import LinkedIn messages</h2>
      <p className="muted">
        Reads the messages and your own invitations from the LinkedIn export you audited; importing twice adds nothing
        twice.
      </p>
      <button type="button" onClick={() => void run()}>
        Import LinkedIn messages
      </button>
      <OutcomeLine outcome={outcome} />
    </section>
  );
}

const FOLLOW_UP_GROUPS: { key: keyof FollowUps; title: string }[] = [
  { key: 'due', title: 'Follow up now' },
  { key: 'replyOwed', title: 'You owe a reply' },
  { key: 'notYet', title: 'Wait' },
  { key: 'stop', title: 'Stop chasing' },
];

/** `decorum followups`: who is due a polite follow-up, who is not yet, and whom to stop chasing. */
function FollowUpList({ followups }: { followups: FollowUps }) {
  const any = FOLLOW_UP_GROUPS.some((group) => followups[group.key].length > 0);
  return (
    <section className="panel followups" aria-labelledby="followups-title">
      <h2 id="followups-title">Follow-ups</h2>
      {!any && <p className="muted">Nobody to follow up with: log the messages you send.</p>}
      {FOLLOW_UP_GROUPS.map((group) =>
        followups[group.key].length === 0 ? null : (
          <div key={group.key} className="followup-group" data-group={group.key}>
            <h3>
              {group.title} ({followups[group.key].length})
            </h3>
            <ul className="due-list">
              {followups[group.key].map((contact) => (
                <li key={contact.id}>
                  <strong>{contact.name}</strong>
                  {contact.followUp.dueAt && group.key === 'notYet'
                    ? ` — from ${day(contact.followUp.dueAt)}`
                    : ''} — {contact.followUp.reason}
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}

function ContactName({ contact }: { contact: Contact }) {
  const href = platformLink(contact.url, contact.platform ?? '');
  return href ? (
    <a href={href} rel="noopener noreferrer" target="_blank">
      {contact.name}
    </a>
  ) : (
    <>{contact.name}</>
  );
}

/** The contact tracker as a screen: add, import, log, and who is due a follow-up. */
export function ContactsScreen() {
  const contacts = useLoad<Contact[]>('/api/contacts');
  const followups = useLoad<FollowUps>('/api/followups');
  const refresh = () => {
    void contacts.reload();
    void followups.reload();
  };
  const error = contacts.error ?? followups.error;
  const list = contacts.data ?? [];
  return (
    <div className="contacts">
      {error && <RetryAlert message={error} onRetry={refresh} />}
      {followups.data && <FollowUpList followups={followups.data} />}
      <section className="panel" aria-labelledby="contacts-title">
        <h2 id="contacts-title">Tracked contacts ({list.length})</h2>
        {contacts.data && list.length === 0 && (
          <p className="muted">No contacts yet: add one below, or import your LinkedIn messages.</p>
        )}
        {list.length > 0 && (
          <div className="table-scroll">
            <table className="contacts-table">
              <caption className="visually-hidden">Tracked contacts</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Company</th>
                  <th scope="col">Messages</th>
                  <th scope="col">Last</th>
                  <th scope="col">Follow-up</th>
                </tr>
              </thead>
              <tbody>
                {list.map((contact) => (
                  <tr key={contact.id} data-contact={contact.id}>
                    <td>
                      <ContactName contact={contact} />
                    </td>
                    <td>{contact.company ?? '—'}</td>
                    <td>{contact.messages}</td>
                    <td>{day(contact.lastAt)}</td>
                    <td title={contact.followUp.reason}>{FOLLOW_UP_LABEL[contact.followUp.state]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <div className="contact-forms">
        <AddContact onAdded={refresh} />
        {list.length > 0 && <LogMessage contacts={list} onLogged={refresh} />}
        <ImportMessages onImported={refresh} />
      </div>
    </div>
  );
}
