/**
 * Instagram writes `string_map_data` keys in the account's language. One row per field; add spellings as exports
 * in more languages turn up. Matching ignores case and accents.
 */
export const LOCALIZED_KEYS = {
  comment: [
    'Comment',
    'Kommentar',
    'Commentaire',
    'Comentario',
    'Comentário',
    'Commento',
    'Opmerking',
    'Reactie',
    'Komentarz',
    'Yorum',
    'Комментарий',
    'コメント',
    '评论',
    '評論',
    '댓글',
  ],
  time: [
    'Time',
    'Zeit',
    'Uhrzeit',
    'Heure',
    'Date',
    'Hora',
    'Fecha',
    'Ora',
    'Tijd',
    'Czas',
    'Zaman',
    'Время',
    '時間',
    '时间',
    '시간',
  ],
  mediaOwner: [
    'Media Owner',
    'Medieninhaber',
    'Medieninhaber:in',
    'Inhaber',
    'Propriétaire du contenu',
    'Propriétaire',
    'Propietario del contenido',
    'Propietario',
    'Proprietário do conteúdo',
    'Proprietário',
    'Proprietario del contenuto',
    'Proprietario',
    'Eigenaar van media',
    'Eigenaar',
    'Właściciel',
    'Владелец',
  ],
  privateAccount: [
    'Private Account',
    'Privates Konto',
    'Privates Profil',
    'Compte privé',
    'Cuenta privada',
    'Conta privada',
    'Account privato',
    'Privéaccount',
    'Konto prywatne',
    'Gizli hesap',
    'Закрытый аккаунт',
  ],
  username: [
    'Username',
    'Benutzername',
    "Nom d'utilisateur",
    'Nombre de usuario',
    'Nome de usuário',
    'Nome utente',
    'Gebruikersnaam',
  ],
  name: ['Name', 'Nom', 'Nombre', 'Nome', 'Naam', 'Imię i nazwisko'],
  bio: ['Bio', 'Biografie', 'Biographie', 'Biografía', 'Biografia'],
  website: ['Website', 'Site web', 'Sitio web', 'Sito web'],
} as const;

export type LocalizedField = keyof typeof LOCALIZED_KEYS;

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s:_-]+/g, ' ')
    .trim();

const FOLDED = new Map<LocalizedField, Set<string>>(
  (Object.keys(LOCALIZED_KEYS) as LocalizedField[]).map((field) => [field, new Set(LOCALIZED_KEYS[field].map(fold))]),
);

/** The value under whichever spelling of `field` the map uses. */
export function localized<T>(map: Record<string, T>, field: LocalizedField): T | undefined {
  const wanted = FOLDED.get(field) as Set<string>;
  for (const [key, value] of Object.entries(map)) if (wanted.has(fold(key))) return value;
  return undefined;
}

/** True for "True", "Wahr", "Vrai", "Sí"… and real booleans. */
export function truthy(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const folded = fold(value);
  if (
    ['true', 'wahr', 'vrai', 'verdadero', 'si', 'sim', 'vero', 'waar', 'yes', 'ja', 'oui', 'prawda', 'evet'].includes(
      folded,
    )
  )
    return true;
  if (
    ['false', 'falsch', 'faux', 'falso', 'no', 'nao', 'onwaar', 'nein', 'non', 'nee', 'falsz', 'hayir'].includes(folded)
  )
    return false;
  return undefined;
}
