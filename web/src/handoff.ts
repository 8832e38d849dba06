/** A draft handed from another screen (the network map) to the coach; kept for the tab's life only. */
export interface CoachDraft {
  text: string;
  platform: 'linkedin' | 'x' | 'facebook' | 'instagram' | 'email';
  kind: 'first_message' | 'connection_note';
  recipient: string;
}

const KEY = 'decorum.coachDraft';

export function handDraftToCoach(draft: CoachDraft): void {
  sessionStorage.setItem(KEY, JSON.stringify(draft));
  window.location.hash = '#/coach';
}

export function takeCoachDraft(): CoachDraft | null {
  const raw = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as CoachDraft;
  } catch {
    return null;
  }
}
