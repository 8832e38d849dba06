import { Component, useEffect, useState, type ReactNode } from 'react';
import { AuditScreen } from './audit/AuditScreen';
import { CoachScreen } from './coach/CoachScreen';
import { ContactsScreen } from './contacts/ContactsScreen';
import { NetworkScreen } from './network/NetworkScreen';
import { TriageScreen } from './triage/TriageScreen';

const SCREENS = {
  audit: { label: 'Audit', render: () => <AuditScreen /> },
  coach: { label: 'Coach', render: () => <CoachScreen /> },
  contacts: { label: 'Contacts', render: () => <ContactsScreen /> },
  triage: { label: 'Requests', render: () => <TriageScreen /> },
  network: { label: 'Network', render: () => <NetworkScreen /> },
} as const;

type ScreenId = keyof typeof SCREENS;

const screenFromHash = (): ScreenId => {
  const id = window.location.hash.replace(/^#\/?/, '');
  return id in SCREENS ? (id as ScreenId) : 'audit';
};

/** A screen that fails to render says so in the page; the header and the other screens keep working. */
class ScreenGuard extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <p className="error" role="alert">
        This screen stopped with an error ({this.state.error.message}). Reload the page; your saved marks are kept.
      </p>
    );
  }
}

/** Keyed by screen, so each visit starts fresh (and the coach picks up a draft handed to it). */
function ScreenBody({ render }: { render: () => ReactNode }) {
  return <>{render()}</>;
}

export function App() {
  const [screen, setScreen] = useState<ScreenId>(screenFromHash);
  useEffect(() => {
    const onHash = () => setScreen(screenFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <>
      <header className="top">
        <span className="brand">Decorum</span>
        <nav aria-label="Screens">
          {(Object.keys(SCREENS) as ScreenId[]).map((id) => (
            <a key={id} href={`#/${id}`} aria-current={id === screen ? 'page' : undefined}>
              {SCREENS[id].label}
            </a>
          ))}
        </nav>
        <span className="local">Runs on this computer only</span>
      </header>
      <main id="main">
        <h1 className="visually-hidden">{SCREENS[screen].label}</h1>
        <ScreenGuard key={screen}>
          <ScreenBody render={SCREENS[screen].render} />
        </ScreenGuard>
      </main>
    </>
  );
}
