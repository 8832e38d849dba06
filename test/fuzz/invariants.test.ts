import { describe, expect, it } from 'vitest';
import { outputViolations, type AuditOutputs } from './invariants.js';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-x'">`;
const page = (body: string): string =>
  `<!doctype html><html><head>${CSP}<style>a>b{}</style></head><body>${body}<script>if(a<b&&c>d){x.onclick=1}</script></body></html>`;
const SAFE: AuditOutputs = {
  terminal: 'Top items\n\u001b[1mbold\u001b[22m 🍺 李伟\r\n',
  html: page(
    `<a href="https://x.com/alex/status/1">Open on X</a><a href="#card-2">2</a><img src="data:image/jpeg;base64,AAAA" alt="">&lt;img src=x onerror=alert(1)&gt;`,
  ),
  csv: `priority,text\r\n12,"'=HYPERLINK(1)"\r\n3,plain\r\n`,
  json: '{"text":"\\u001b[2J \\u202e"}',
};

describe('outputViolations', () => {
  it('accepts outputs whose hostile strings are escaped, neutralised or spelled out', () => {
    expect(outputViolations(SAFE)).toEqual([]);
  });

  it.each<[string, Partial<AuditOutputs>, RegExp]>([
    ['a raw ESC on the terminal', { terminal: 'post \u001b]0;owned\u0007' }, /^terminal: raw U\+001b/],
    ['a bare CR on the terminal', { terminal: 'harmless\rOVERWRITTEN' }, /^terminal: raw U\+000d/],
    ['a bidi override in JSON', { json: '{"a":"invoice\u202egpj.exe"}' }, /^json: raw U\+202e/],
    ['a script link', { html: page('<a href="javascript:alert(1)">x</a>') }, /^html: <a href="javascript:alert\(1\)">/],
    ['an entity-encoded script link', { html: page('<a href="&#106;avascript:alert(1)">x</a>') }, /javascript:/],
    ['a link off the platform', { html: page('<a href="https://x.com.evil.example/">x</a>') }, /evil\.example/],
    ['an event handler', { html: page('<img src=x onerror=alert(1)>') }, /event handler onerror/],
    ['a second script', { html: page('<script>alert(1)</script>') }, /2 script elements/],
    ['an iframe', { html: page('<iframe srcdoc="x"></iframe>') }, /<iframe> element/],
    ['a meta refresh', { html: page('<meta http-equiv="refresh" content="0;url=https://evil.example">') }, /meta refresh/],
    ['no CSP', { html: '<html><body><script></script></body></html>' }, /no CSP/],
    ['a formula cell', { csv: 'priority,text\r\n1,=1+1\r\n' }, /^csv: a cell a spreadsheet would run/],
    ['a formula after a tab', { csv: 'priority,text\r\n1,"\t=1+1"\r\n' }, /^csv: a cell/],
    ['a formula after spaces', { csv: 'priority,text\r\n1,  @SUM(1)\r\n' }, /^csv: a cell/],
  ])('reports %s', (_, change, expected) => {
    const violations = outputViolations({ ...SAFE, ...change });
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.some((violation) => expected.test(violation)), violations.join('\n')).toBe(true);
  });
});
