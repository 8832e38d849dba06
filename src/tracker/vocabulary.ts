/** The tracker's fixed words: where a message went and why you wrote. Pure, so the web app's forms share them. */
export const CHANNELS = ['linkedin', 'x', 'facebook', 'instagram', 'email', 'phone', 'in-person', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** networking: follow up once after a week; application: after 3 business days, up to three messages. */
export const PURPOSES = ['networking', 'application'] as const;
export type Purpose = (typeof PURPOSES)[number];
