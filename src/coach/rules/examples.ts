import type { CoachOptions } from '../types.js';

/**
 * Passing and failing texts for every rule: the table test runs them and each rule's doc page shows them.
 * Written from each rule's meaning, not taken from the evaluation set. `at` is the text the first finding marks.
 */
export interface Example {
  text: string;
  options?: CoachOptions;
  at?: string;
}

export interface RuleExamples {
  valid: Example[];
  invalid: Example[];
}

const note: CoachOptions = { platform: 'linkedin', kind: 'connection_note' };
const dm: CoachOptions = { platform: 'linkedin', kind: 'first_message' };
const email: CoachOptions = { platform: 'email', kind: 'email' };
const followUp: CoachOptions = { platform: 'linkedin', kind: 'follow_up' };
const redirect: CoachOptions = { platform: 'facebook', kind: 'redirect_reply' };
const FILLER = 'we ship the data to our team and it works well for the people who use it every day'.split(' ');
const words = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    i % 10 === 9 ? `${FILLER[i % FILLER.length]!}.` : FILLER[i % FILLER.length]!,
  ).join(' ');

export const EXAMPLES: Record<string, RuleExamples> = {
  'platform-limit-exceeded': {
    valid: [
      {
        text: 'Hi Ana, your talk on caching at DevDays was great. I work on the same problem and would like to connect.',
        options: note,
      },
      { text: `Hi Ana, ${'a'.repeat(240)}`, options: { ...note, account: 'premium' } },
    ],
    invalid: [
      { text: `Hi Ana, ${'a'.repeat(240)}`, options: note },
      { text: 'x'.repeat(10_050), options: { platform: 'x', kind: 'first_message' } },
    ],
  },
  'length-band': {
    valid: [
      { text: 'Hi Ana, your caching talk at DevDays helped my team. I would like to connect.', options: note },
      { text: 'Hi Ana, loved your post on caching. Could I ask one question about cache keys?', options: dm },
    ],
    invalid: [
      {
        text: 'Hi Ana, I saw your talk. I work on caching. I have questions. Would you connect?',
        options: note,
        at: 'I have questions. Would you connect?',
      },
      { text: `Hi Ana, ${'your post on caching was useful. '.repeat(15)}`, options: dm },
      { text: `Subject: Caching question\n\nHi Ana, ${words(140)}`, options: email },
      {
        text: 'Subject: Question\n\nHi Ana, I would like to know more about your field.\n\nBest,\nSam',
        options: email,
      },
    ],
  },
  'wall-of-text': {
    valid: [{ text: `Hi Ana,\n\n${words(40)}\n\n${words(40)}`, options: email }],
    invalid: [
      { text: `Hi Ana, ${words(70)}`, options: dm },
      { text: 'I read it. I liked it. I tried it. It worked. I wrote about it. Thanks.', options: dm },
    ],
  },
  'reading-level': {
    valid: [
      {
        text: 'Hi Ana, I read your post on caching and tried the tip on my app. It cut load time in half. Could I ask how you pick cache keys?',
        options: dm,
      },
    ],
    invalid: [
      {
        text: 'Hi Ana, notwithstanding considerable organisational heterogeneity, comprehensive infrastructural modernisation necessitates multidisciplinary collaboration, institutional commitment and sophisticated methodological experimentation throughout implementation.',
        options: dm,
      },
    ],
  },
  'job-ask-first-contact': {
    valid: [
      {
        text: 'Hi Ana, your post on caching helped me. Would you be open to a 15-minute call about how your team tests?',
        options: dm,
      },
      { text: 'Hi Ana, is your company hiring? Thanks for the update on the new team.', options: followUp },
    ],
    invalid: [
      { text: 'Hi Ana, are you hiring? I would love to join.', options: dm, at: 'are you hiring' },
      { text: 'Hi Ana, please consider me for the analyst role.', options: dm, at: 'consider me for' },
      { text: 'Hi Ana, could you get me an interview at Contoso?', options: dm, at: 'get me an interview' },
      { text: 'Hi Ana, I want to work at Contoso, can you help me get in?', options: dm, at: 'I want to work at' },
      {
        text: 'Hi Ana, I applied for the analyst role last week; are there any openings on your team too?',
        options: dm,
      },
    ],
  },
  'referral-ask-stranger': {
    valid: [
      { text: 'Hi Ana, Sam Lee referred me to your post on caching. Could I ask one question about it?', options: dm },
    ],
    invalid: [
      { text: 'Hi Ana, could you refer me to your recruiter?', options: dm, at: 'refer me' },
      { text: 'Hi Ana, please forward my resume to your manager.', options: dm, at: 'forward my resume to' },
    ],
  },
  'transactional-reconnect': {
    valid: [
      {
        text: "Hi Ana, long time no talk! I saw your promotion news - congratulations. How's the new team?",
        options: dm,
      },
    ],
    invalid: [
      {
        text: 'Hi Ana, long time no talk! Could you refer me for the open role?',
        options: dm,
        at: 'long time no talk! Could you refer',
      },
    ],
  },
  'no-clear-ask': {
    valid: [
      { text: 'Hi Ana, I read your post on caching. Could I ask how you choose cache keys?', options: dm },
      { text: 'Hi Ana, I read your post on caching and would love to hear how you chose the keys.', options: dm },
    ],
    invalid: [{ text: 'Hi Ana, I read your post on caching. I work on caching too.', options: dm }],
  },
  'ask-too-big': {
    valid: [{ text: 'Hi Ana, could I buy you a coffee for 20 minutes next week to ask about caching?', options: dm }],
    invalid: [
      { text: 'Hi Ana, can I grab you a coffee sometime?', options: dm, at: 'grab you a coffee' },
      { text: 'Hi Ana, would you mentor me?', options: dm, at: 'mentor me' },
      { text: 'Hi Ana, could you review my CV, share your contacts and tell me about your salary?', options: dm },
    ],
  },
  'pick-your-brain': {
    valid: [{ text: 'Hi Ana, could I ask you two questions about caching?', options: dm }],
    invalid: [{ text: 'Hi Ana, could I pick your brain about caching?', options: dm, at: 'pick your brain' }],
  },
  'too-many-asks': {
    valid: [{ text: 'Hi Ana, could I ask one question about caching? Thanks!', options: dm }],
    invalid: [
      { text: 'Hi Ana, how do you cache? Why? Where? When?', options: dm },
      { text: 'Could you send me the slides? Can you share the code? Would you review my draft?', options: dm },
    ],
  },
  'googleable-question': {
    valid: [{ text: 'Hi Ana, how did your team decide to move billing to events?', options: dm }],
    invalid: [
      { text: 'Hi Ana, what does your company do?', options: dm, at: 'what does your company do' },
      { text: 'Hi Ana, what positions are open at Contoso?', options: dm },
    ],
  },
  'default-invite-text': {
    valid: [{ text: 'Hi Ana, your talk on caching was great; I would like to connect.', options: note }],
    invalid: [
      { text: "I'd like to add you to my professional network on LinkedIn.", options: note },
      { text: 'Hi Ana, join my network!', options: note, at: 'join my network' },
    ],
  },
  'no-recipient-detail': {
    valid: [
      { text: 'Hi Ana, your post on caching helped me. Could I ask one question?', options: dm },
      { text: 'Hi Ana, Sam Lee mentioned you run the caching guild. Could I ask one question?', options: dm },
      {
        text: 'Hi Ana, could I ask how the Kestrel migration went?',
        options: { ...dm, about: 'Lead engineer on the Kestrel migration at Contoso.' },
      },
    ],
    invalid: [
      { text: 'Hi Ana, I am a developer. Could I ask you a question?', options: dm },
      {
        text: 'Hi Ana, I work in data. Could I ask a question?',
        options: { ...dm, about: 'Lead engineer on the Kestrel migration at Contoso.' },
      },
      { text: "Hi Ana, I don't think we've met. Could I ask a question?", options: dm },
      { text: 'Hi Ana, I admire your work. Could I ask a question?', options: dm },
    ],
  },
  'unfilled-placeholder': {
    valid: [{ text: 'Hi Ana, see [my post](https://example.com) on caching.', options: dm }],
    invalid: [
      { text: 'Hi [First Name], your talk was great.', options: dm, at: '[First Name]' },
      { text: 'Hi Ana, I love what {{company}} does.', options: dm, at: '{{company}}' },
      { text: 'Hi <Name>, quick question.', options: dm, at: '<Name>' },
    ],
  },
  'generic-greeting': {
    valid: [{ text: 'Hi Ana, quick question about your post.', options: dm }],
    invalid: [
      { text: 'To whom it may concern, I read your post.', options: dm, at: 'To whom it may concern' },
      { text: 'Dear Sir/Madam, I read your post.', options: dm },
      { text: 'Hi, I read your post.', options: { ...dm, recipientName: 'Ana Ruiz' } },
    ],
  },
  'name-mismatch': {
    valid: [
      { text: 'Hi Ana, quick question.', options: { ...dm, recipientName: 'Ana Ruiz' } },
      { text: 'Dear Dr. Ruiz, quick question.', options: { ...dm, recipientName: 'Ana Ruiz' } },
    ],
    invalid: [{ text: 'Hi Maria, quick question.', options: { ...dm, recipientName: 'Ana Ruiz' }, at: 'Maria' }],
  },
  'reason-buried': {
    valid: [
      { text: 'Hi Ana, your post on caching helped me. I am a developer. Could I ask one question?', options: dm },
    ],
    invalid: [
      {
        text: 'Hi Ana, I am a developer. I work in Leeds. I build apps. I loved your post on caching. Could I ask a question?',
        options: dm,
        at: 'I loved your post on caching.',
      },
    ],
  },
  'self-centred': {
    valid: [{ text: 'Hi Ana, your post on caching helped me. Could you tell me how you test it?', options: dm }],
    invalid: [
      { text: 'Hi Ana, I am a passionate engineer.', options: dm, at: 'passionate' },
      { text: 'I think I am good. I built my app. I know my stuff. I want my next role. I am ready.', options: dm },
    ],
  },
  'unsolicited-resume': {
    valid: [{ text: 'Hi Ana, as you asked, I have attached my resume.', options: dm }],
    invalid: [
      { text: 'Hi Ana, I have attached my resume for you.', options: dm, at: 'attached my resume' },
      { text: 'Hi Ana, my CV is attached.', options: followUp },
    ],
  },
  'contact-info-demand': {
    valid: [{ text: 'Hi Ana, if a call is easier, my number is 555-0100.', options: dm }],
    invalid: [{ text: "Hi Ana, what's your personal email?", options: dm, at: "what's your personal email" }],
  },
  'needy-or-apologetic': {
    valid: [{ text: 'Hi Ana, thanks for reading. Could I ask one question?', options: dm }],
    invalid: [
      { text: 'Hi Ana, I am desperate for work.', options: dm, at: 'desperate' },
      { text: 'Hi Ana, sorry to bother you, but could I ask a question?', options: dm },
      { text: 'Kindly revert ASAP.', options: dm },
    ],
  },
  'empty-flattery': {
    valid: [{ text: 'Hi Ana, huge fan of your post on cache keys - it fixed our bug.', options: dm }],
    invalid: [{ text: 'Hi Ana, you are a visionary and a genius.', options: dm, at: 'visionary' }],
  },
  'overly-familiar': {
    valid: [{ text: 'Hi Ana, I would like to ask you a question.', options: dm }],
    invalid: [
      { text: 'hey bro, can u help?', options: dm },
      { text: 'Hi Ana, i would like to ask a question.', options: dm, at: 'i' },
      { text: 'Hi Ana 🙂🙂 quick question', options: dm },
    ],
  },
  'personal-appearance': {
    valid: [{ text: 'Hi Ana, your talk on caching was stunning work.', options: { ...dm, kind: 'follow_up' } }],
    invalid: [
      { text: 'Hi Ana, you look gorgeous in your photo.', options: dm },
      { text: 'Hi Ana, your profile pic caught my eye.', options: dm, at: 'profile pic caught my eye' },
    ],
  },
  'all-caps': {
    valid: [{ text: 'Hi Ana, I studied at SFU (BBA) and work in QA.', options: dm }],
    invalid: [{ text: 'Hi Ana, PLEASE READ this.', options: dm, at: 'PLEASE READ' }],
  },
  'spammy-formatting': {
    valid: [{ text: 'Hi Ana, thanks for the tip! It worked.', options: dm }],
    invalid: [
      { text: 'Hi Ana, quick question!!', options: dm, at: '!!' },
      { text: 'Hi Ana, see bit.ly/abc', options: dm, at: 'bit.ly/abc' },
      { text: 'See https://a.example and https://b.example', options: dm },
    ],
  },
  'typos-sloppy': {
    valid: [
      { text: 'Hi Ana. Thanks for the talk.', options: dm },
      {
        text: 'Hi Ana, my organisation moved the rebrand slides to https://exmpl.dev/talks.',
        options: { ...dm, speller: { correct: (w) => !/exmpl|organis|rebrand/.test(w), suggest: () => [] } },
      },
    ],
    invalid: [
      { text: 'Hi Ana. thanks for the talk.', options: dm, at: 'thanks' },
      { text: 'Hi Ana, thanks for the the talk.', options: dm, at: 'the the' },
      {
        text: 'Hi Ana, thanks for the tlak.',
        options: { ...dm, speller: { correct: (w) => w !== 'tlak', suggest: () => ['talk'] } },
        at: 'tlak',
      },
    ],
  },
  'subject-missing': {
    valid: [{ text: 'Subject: Question about your caching talk\n\nHi Ana, could I ask one question?', options: email }],
    invalid: [{ text: 'Hi Ana, could I ask one question?', options: email }],
  },
  'subject-line-quality': {
    valid: [{ text: 'Subject: Question about your caching talk\n\nHi Ana,', options: email }],
    invalid: [
      { text: 'Subject: Job\n\nHi Ana,', options: email, at: 'Job' },
      { text: 'Subject: Career question\n\nHi Ana,', options: email },
      { text: 'Subject: RE: Caching\n\nHi Ana,', options: email, at: 'RE: ' },
      { text: 'Subject: A long subject line that keeps going on and on about many things\n\nHi Ana,', options: email },
    ],
  },
  'followup-too-soon': {
    valid: [
      {
        text: 'Hi Ana, I tried your caching tip and it worked. Could I ask one more question?',
        options: {
          ...followUp,
          history: [{ direction: 'sent', at: '2026-01-01T10:00:00Z' }],
          now: new Date('2026-01-12T10:00:00Z'),
        },
      },
    ],
    invalid: [
      {
        text: 'Hi Ana, following up on my note.',
        options: {
          ...followUp,
          history: [{ direction: 'sent', at: '2026-01-10T10:00:00Z' }],
          now: new Date('2026-01-12T10:00:00Z'),
        },
      },
      {
        text: 'Hi Ana, I sent you a message yesterday about caching.',
        options: followUp,
        at: 'sent you a message yesterday',
      },
    ],
  },
  'followup-too-many': {
    valid: [
      {
        text: 'Hi Ana, one more thought on caching.',
        options: { ...followUp, history: [{ direction: 'sent', at: '2026-01-01T10:00:00Z' }] },
      },
    ],
    invalid: [
      {
        text: 'Hi Ana, one more thought on caching.',
        options: {
          ...followUp,
          history: [
            { direction: 'sent', at: '2026-01-01T10:00:00Z' },
            { direction: 'sent', at: '2026-01-09T10:00:00Z' },
          ],
        },
      },
      { text: 'Hi Ana, in case you missed the last two messages...', options: followUp, at: 'missed the last two' },
    ],
  },
  'followup-pushy': {
    valid: [{ text: 'Hi Ana, I know things get busy; if now is not a good time, no worries.', options: followUp }],
    invalid: [
      { text: "Hi Ana, I still haven't heard back.", options: followUp, at: "still haven't heard back" },
      { text: 'I saw you read my message.', options: followUp },
      { text: 'Please reply today.', options: followUp, at: 'Please reply today' },
    ],
  },
  'followup-no-value': {
    valid: [
      {
        text: 'Hi Ana, since we spoke I shipped the cache fix you suggested. Could I ask one more question?',
        options: followUp,
      },
    ],
    invalid: [{ text: 'Hi Ana, just checking in on this.', options: followUp, at: 'just checking in' }],
  },
  'wrong-channel-personal': {
    valid: [
      {
        text: 'Hi Ana, we met at the climbing group. Is your team hiring analysts?',
        options: { platform: 'facebook', kind: 'first_message' },
      },
    ],
    invalid: [
      {
        text: 'Hi Ana, I am applying for analyst jobs. Could we talk?',
        options: { platform: 'instagram', kind: 'first_message' },
        at: 'jobs',
      },
    ],
  },
  'ignores-instructions-or-no': {
    valid: [
      {
        text: 'Hi Ana, I applied through the portal as your post asked.',
        options: { ...dm, about: 'Apply via the portal. No DMs please.', kind: 'follow_up' },
      },
    ],
    invalid: [
      {
        text: 'Hi Ana, I know you said no DMs, but could I ask one question?',
        options: dm,
        at: 'I know you said no DMs, but could I ask one question',
      },
      {
        text: 'Hi Ana, could I ask about the analyst role?',
        options: { ...dm, about: 'Hiring analysts! Apply via the portal, no DMs.' },
      },
    ],
  },
  'unverified-name-drop': {
    valid: [{ text: 'Hi Ana, I read your post on caching.', options: dm }],
    invalid: [
      { text: 'Hi Ana, Sam Lee suggested I contact you.', options: dm, at: 'Sam Lee suggested I' },
      { text: "Hi Ana, Sam said you'd hire me.", options: dm },
      { text: 'Hi Ana, Sam Lee told me you would be happy to get me an interview.', options: dm },
    ],
  },
  'no-thanks': {
    valid: [
      { text: 'Hi Ana, could I ask one question? Thank you!', options: dm },
      {
        text: 'Hi Sam, great to meet you. LinkedIn is where I keep work contacts; I sent you an invite there.',
        options: redirect,
      },
    ],
    invalid: [
      { text: 'Hi Ana, could I ask one question?', options: dm },
      { text: 'I keep Facebook for family. Find me on LinkedIn.', options: redirect },
    ],
  },
  'redirect-over-explains': {
    valid: [
      {
        text: 'Thanks for the request! LinkedIn is where I stay in touch with work contacts, so I sent you an invite there.',
        options: redirect,
      },
    ],
    invalid: [
      {
        text: "Thanks, but we're not really friends. I sent you a LinkedIn invite.",
        options: redirect,
        at: "we're not really friends",
      },
      { text: "Don't take it personally, but I sent you a LinkedIn invite.", options: redirect },
    ],
  },
  'redirect-no-alternative': {
    valid: [{ text: 'Thanks! You can reach me at ana@example.com.', options: redirect }],
    invalid: [{ text: 'Thanks for the request, but I keep Facebook for family.', options: redirect }],
  },
};
