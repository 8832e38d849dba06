import type { ContactSummary as Contact, FollowUps } from '../../../src/api/people.js';
import { useLoad } from '../useLoad';
import { RetryAlert } from '../RetryAlert';
import { FOLLOW_UP_LABEL } from '../labels';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');

/** The contact tracker (`decorum contacts`, `decorum followups`): whom you wrote to, and who is due a follow-up. */
export function Tracker({ onWrite }: { onWrite: (contact: Contact) => void }) {
  const contacts = useLoad<Contact[]>('/api/contacts');
  const followups = useLoad<FollowUps>('/api/followups');
  const error = contacts.error ?? followups.error;
  const due = [...(followups.data?.due ?? []), ...(followups.data?.replyOwed ?? [])];
  return (
    <section className="panel tracker" aria-labelledby="tracker-title">
      <h2 id="tracker-title">Contacts and follow-ups</h2>
      {error && (
        <RetryAlert
          message={error}
          onRetry={() => {
            void contacts.reload();
            void followups.reload();
          }}
        />
      )}
      {contacts.data && contacts.data.length === 0 && (
        <p className="muted">
          No contacts tracked yet: <code>decorum contacts add &quot;Name&quot;</code> and{' '}
          <code>decorum contacts log</code> record whom you wrote to.
        </p>
      )}
      {due.length > 0 && (
        <>
          <h3>Due now</h3>
          <ul className="due-list">
            {due.map((contact) => (
              <li key={contact.id}>
                <strong>{contact.name}</strong> — {contact.followUp.reason}{' '}
                <button type="button" onClick={() => onWrite(contact)}>
                  Write to {contact.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {contacts.data && contacts.data.length > 0 && (
        <div className="table-scroll">
          <table>
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
              {contacts.data.map((contact) => (
                <tr key={contact.id}>
                  <td>{contact.name}</td>
                  <td>{contact.company ?? '—'}</td>
                  <td>{contact.messages}</td>
                  <td>{day(contact.lastAt)}</td>
                  <td title={contact.followUp.reason}>
                    {FOLLOW_UP_LABEL[contact.followUp.state]}
                    {contact.followUp.dueAt && contact.followUp.state === 'not-yet'
                      ? ` until ${day(contact.followUp.dueAt)}`
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
