import { useEffect, useState } from 'react';
import { AuditScreen } from './audit/AuditScreen';

const SCREENS = {
  audit: { label: 'Audit', render: () => <AuditScreen /> },
} as const;

type ScreenId = keyof typeof SCREENS;

const screenFromHash = (): ScreenId => {
  const id = window.location.hash.replace(/^#\/?/, '');
  return id in SCREENS ? (id as ScreenId) : 'audit';
};

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
        {SCREENS[screen].render()}
      </main>
    </>
  );
}
