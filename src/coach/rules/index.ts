import type { Rule } from '../types.js';
import { rule as allCaps } from './all-caps.js';
import { rule as askTooBig } from './ask-too-big.js';
import { rule as contactInfoDemand } from './contact-info-demand.js';
import { rule as defaultInviteText } from './default-invite-text.js';
import { rule as emptyFlattery } from './empty-flattery.js';
import { rule as entitlement } from './entitlement.js';
import { rule as followupNoValue } from './followup-no-value.js';
import { rule as followupPushy } from './followup-pushy.js';
import { rule as followupTooMany } from './followup-too-many.js';
import { rule as followupTooSoon } from './followup-too-soon.js';
import { rule as genericGreeting } from './generic-greeting.js';
import { rule as googleableQuestion } from './googleable-question.js';
import { rule as ignoresInstructionsOrNo } from './ignores-instructions-or-no.js';
import { rule as jobAskFirstContact } from './job-ask-first-contact.js';
import { rule as lengthBand } from './length-band.js';
import { rule as nameMismatch } from './name-mismatch.js';
import { rule as needyOrApologetic } from './needy-or-apologetic.js';
import { rule as noClearAsk } from './no-clear-ask.js';
import { rule as noRecipientDetail } from './no-recipient-detail.js';
import { rule as noThanks } from './no-thanks.js';
import { rule as overlyFamiliar } from './overly-familiar.js';
import { rule as personalAppearance } from './personal-appearance.js';
import { rule as pickYourBrain } from './pick-your-brain.js';
import { rule as platformLimitExceeded } from './platform-limit-exceeded.js';
import { rule as readingLevel } from './reading-level.js';
import { rule as reasonBuried } from './reason-buried.js';
import { rule as redirectNoAlternative } from './redirect-no-alternative.js';
import { rule as redirectOverExplains } from './redirect-over-explains.js';
import { rule as referralAskStranger } from './referral-ask-stranger.js';
import { rule as selfCentred } from './self-centred.js';
import { rule as spammyFormatting } from './spammy-formatting.js';
import { rule as subjectLineQuality } from './subject-line-quality.js';
import { rule as subjectMissing } from './subject-missing.js';
import { rule as tooManyAsks } from './too-many-asks.js';
import { rule as transactionalReconnect } from './transactional-reconnect.js';
import { rule as typosSloppy } from './typos-sloppy.js';
import { rule as unfilledPlaceholder } from './unfilled-placeholder.js';
import { rule as unsolicitedResume } from './unsolicited-resume.js';
import { rule as unverifiedNameDrop } from './unverified-name-drop.js';
import { rule as vagueAsk } from './vague-ask.js';
import { rule as wallOfText } from './wall-of-text.js';
import { rule as wrongChannelPersonal } from './wrong-channel-personal.js';

/** Every coach rule, in catalogue order of the docs (alphabetical here). */
export const RULES: readonly Rule[] = [
  allCaps,
  askTooBig,
  contactInfoDemand,
  defaultInviteText,
  emptyFlattery,
  entitlement,
  followupNoValue,
  followupPushy,
  followupTooMany,
  followupTooSoon,
  genericGreeting,
  googleableQuestion,
  ignoresInstructionsOrNo,
  jobAskFirstContact,
  lengthBand,
  nameMismatch,
  needyOrApologetic,
  noClearAsk,
  noRecipientDetail,
  noThanks,
  overlyFamiliar,
  personalAppearance,
  pickYourBrain,
  platformLimitExceeded,
  readingLevel,
  reasonBuried,
  redirectNoAlternative,
  redirectOverExplains,
  referralAskStranger,
  selfCentred,
  spammyFormatting,
  subjectLineQuality,
  subjectMissing,
  tooManyAsks,
  transactionalReconnect,
  typosSloppy,
  unfilledPlaceholder,
  unsolicitedResume,
  unverifiedNameDrop,
  vagueAsk,
  wallOfText,
  wrongChannelPersonal,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
