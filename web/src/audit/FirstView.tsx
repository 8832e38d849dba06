import type { FirstView as View } from '../../../src/api/profile.js';
import { isSafeThumbnail } from '../../../src/report/html/thumbnail.js';
import { privacyOf, profileFacts } from '../../../src/report/profile-facts.js';
import { categoryLabel, platformLabel, severityLabel } from '../labels';

type Network = View['networks'][number];

function Photo({ network, thumbnail }: { network: Network; thumbnail: string | undefined }) {
  const label = platformLabel(network.platform);
  if (isSafeThumbnail(thumbnail))
    return <img className="avatar" src={thumbnail} alt={`Your ${label} profile photo`} width={72} height={72} />;
  return (
    <span className="avatar none-photo">
      {network.avatar.path ? 'Photo not looked at' : 'No profile photo in the export'}
    </span>
  );
}

/** "What a recruiter sees first": each network's photo, basics and findings, above the posts. Text only, no links. */
export function FirstView({ view }: { view: View }) {
  if (view.networks.length === 0) return null;
  return (
    <section className="first-view panel" aria-labelledby="first-view-title">
      <h2 id="first-view-title">What a recruiter sees first</h2>
      <p className="muted">Your profile on each network, as someone looking you up sees it before any post.</p>
      <div className="networks">
        {view.networks.map((network) => (
          <article className="network" key={network.platform} data-platform={network.platform}>
            <Photo network={network} thumbnail={view.thumbnails[network.platform]} />
            <div>
              <h3>
                {platformLabel(network.platform)}
                {privacyOf(network) && <span className="tag">{privacyOf(network)}</span>}
              </h3>
              {profileFacts(network).map((fact, index) => (
                <p className="fact" key={index}>
                  {fact}
                </p>
              ))}
              {profileFacts(network).length === 0 && <p className="muted">No profile details in the export.</p>}
              {network.findings.length ? (
                <ul className="profile-findings">
                  {network.findings.map((finding, index) => (
                    <li key={index} className={`sev-${finding.severity}`}>
                      <span className="sev">{severityLabel(finding.severity)}</span>{' '}
                      <b>{categoryLabel(finding.category)}</b> {finding.reason}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="ok">Nothing to fix.</p>
              )}
            </div>
          </article>
        ))}
      </div>
    </section>
  );
}
