/**
 * What a person's job title says about them for a job seeker: a recruiter, a likely hiring manager in the user's
 * field, a peer, an executive, or someone in another line of work. Pure: titles in, a role and its reason out.
 */

export const ROLES = ['recruiter', 'hiring-manager', 'executive', 'peer', 'other', 'unknown'] as const;
export type Role = (typeof ROLES)[number];

/** How each role reads in a table. */
export const ROLE_LABEL: Readonly<Record<Role, string>> = {
  recruiter: 'recruiter',
  'hiring-manager': 'hiring manager?',
  executive: 'executive',
  peer: 'peer',
  other: 'other field',
  unknown: 'no title',
};

const RECRUITER =
  /\b(recruit\w*|talent|sourc(?:er|ing)|headhunt\w*|staffing|recrut\w*|reclut\w*|personalbera\w*)\b|採用|招聘|채용/iu;
const EXECUTIVE =
  /\b(chief|ceo|cto|cfo|coo|cio|ciso|cmo|cpo|vp|svp|evp|vice[- ]president|president|founder|co-?founder|business owner|managing director|general manager|managing partner)\b/iu;
const MANAGERISH =
  /\b(manager|management|head|lead|leader|director|supervisor|leiter\w*|responsable|gerente|jefe)\b|руковод|начальник|директор|经理|主管|总监|部長|課長|マネージャー/iu;

/** Lines of work, recognised from title words. A title may belong to several. */
const FIELDS: readonly (readonly [string, RegExp])[] = [
  [
    'engineering',
    /\b(engineer\w*|developer|development|software|devops|sre|programmer|architect|front[- ]?end|back[- ]?end|full[- ]?stack|qa|tester|test|data|machine learning|ml|it|infrastructure|platform|security|technical|technology|cto|ingenieur\w*|entwickler\w*|développeur)\b|разработ|инженер|программист|工程师|开发|エンジニア|開発/iu,
  ],
  ['design', /\b(design\w*|ux|ui|user experience|researcher)\b/iu],
  ['product', /\b(product|cpo)\b/iu],
  ['marketing', /\b(marketing|brand|content|communications|seo|growth|cmo)\b/iu],
  ['sales', /\b(sales|account (?:manager|executive|director)|business development|customer success|partnerships)\b/iu],
  ['finance', /\b(finance|financial|accounting|accountant|controller|audit\w*|cfo|treasury)\b/iu],
  ['people', /\b(hr|human resources|people|talent|recruit\w*)\b/iu],
  ['operations', /\b(operations|logistics|supply chain|procurement|coo)\b/iu],
  ['legal', /\b(legal|counsel|lawyer|attorney|paralegal|compliance)\b/iu],
  ['support', /\b(support|service desk|help ?desk)\b/iu],
  ['education', /\b(teacher|professor|lecturer|tutor|instructor)\b/iu],
  ['health', /\b(nurse|physician|doctor|clinical|pharmac\w*|therapist)\b/iu],
];

/** The lines of work a title belongs to ("Account Manager" → sales; "Engineering Manager" → engineering). */
export function fieldsOf(title: string): string[] {
  // "Account manager" is sales, not management in general: test the sales phrase before the word "manager" counts.
  return FIELDS.filter(([, pattern]) => pattern.test(title)).map(([field]) => field);
}

/** The user's own lines of work, from the titles of their positions. */
export function userFields(titles: readonly (string | undefined)[]): string[] {
  return [...new Set(titles.flatMap((title) => (title ? fieldsOf(title) : [])))];
}

export interface RoleVerdict {
  role: Role;
  /** Plain words: which word of the title decided it. */
  reason: string;
}

/**
 * The role a title suggests for someone whose own lines of work are `fields` (empty when unknown: then every
 * manager-ish title counts as a possible hiring manager).
 */
export function roleOf(title: string | undefined, fields: readonly string[]): RoleVerdict {
  const text = title?.trim() ?? '';
  if (!text) return { role: 'unknown', reason: 'no job title in the export' };
  const recruiter = RECRUITER.exec(text);
  if (recruiter) return { role: 'recruiter', reason: `"${text}": recruiting (${recruiter[0]})` };
  const executive = EXECUTIVE.exec(text);
  if (executive) return { role: 'executive', reason: `"${text}": executive (${executive[0]})` };
  const theirs = fieldsOf(text);
  const shared = theirs.filter((field) => fields.includes(field));
  const inField = fields.length === 0 || theirs.length === 0 || shared.length > 0;
  const where =
    fields.length === 0
      ? 'your own field is unknown (no positions)'
      : shared.length > 0
        ? `in your field (${shared.join(', ')})`
        : theirs.length > 0
          ? `${theirs.join(', ')}, not your field (${fields.join(', ')})`
          : 'field not clear from the title';
  const isSales = theirs.includes('sales') && !shared.includes('sales');
  const managerish = isSales ? null : MANAGERISH.exec(text);
  if (managerish && inField)
    return { role: 'hiring-manager', reason: `"${text}": ${managerish[0].toLowerCase()}, ${where}` };
  if (!inField || isSales) return { role: 'other', reason: `"${text}": ${where}` };
  return { role: 'peer', reason: `"${text}": ${where}` };
}
