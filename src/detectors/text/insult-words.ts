/**
 * The words text/toxicity reads as insults, by what they are: a name for a person ("idiot"), a strong profane name
 * ("asshole"), a descriptor of a person ("stupid"), an enthusiasm-prone descriptor ("crazy", "sick", "insane"), or a
 * phrase that is aimed at someone by itself ("shut up", "fuck you"). Which one decides both whether a target is
 * needed and how severe the insult is.
 */

/** Words for a person that call them names. */
export const NAME =
  'idiots?|morons?|imbeciles?|dimwits?|halfwits?|nitwits?|losers?|clowns?|(?<!april )fools?(?! (?:me|you|us|them|him|her|all|some|people|(?:any|every|no)(?:one|body)?)\\b)|scum(?:bags?)?|jerks?|' +
  'creeps?(?! (?:away|up|in|into|out|over|around|back|along|closer|onto|by|through)\\b)|' +
  'liars?|hypocrites?|cowards?|traitors?|lowlifes?|degenerates?|freaks?|weirdos?|psychos?|lunatics?|sociopaths?|' +
  'psychopaths?|narcissists?|crooks?|frauds?|puppets?|thugs?|vermin|parasites?|racists?|bigots?|sexists?|nazis?|' +
  'fascists?|commies?|sjws?|kooks?|nut ?jobs?|deplorables?|dumbass(?:es)?|dumbos?|fatass(?:es)?|' +
  'numpt(?:y|ies)|muppets?|buffoons?|dunces?|airheads?|trolls?|leeches|shills?|stooges?|sellouts?|' +
  'wimps?|cucks?|libtards?|trumptards?|perverts?|pervs?|predators?|bull(?:y|ies)|cheaters?|nutcases?|crackpots?|' +
  'charlatans?|con (?:man|men|artists?)|sleaze(?:bags?|balls?)?|dirtbags?|dolts?|oafs?|cretins?|simpletons?|' +
  'ignoramus(?:es)?|wannabes?|piece of work|waste of (?:space|oxygen|skin)';

/** Profane or sexual names for a person: an insult with these is severe. */
export const STRONG_NAME =
  'assholes?|arseholes?|bitch(?:es)?|bastards?|dicks?|dickheads?|pricks?|twats?|wankers?|tossers?|' +
  'douche(?:bags?)?|shitheads?|cunts?|sluts?|whores?|hoes|thots?|pussy|pussies|motherfuckers?|mother ?fuckers?|' +
  'fuckers?|fuckwits?|fuckfaces?|piece of (?:shit|crap|trash|garbage)|sack of shit|son of a bitch|retards?|' +
  'pedo(?:phile)?s?|molesters?|rapists?';

/** Words that describe a person badly; used before a thing ("ugly sweater", "stupid easy") they insult nobody. */
export const DESCRIPTOR =
  'stupid|dumb|idiotic|moronic|pathetic|worthless|useless|disgusting|ugly|fat|retarded|brainless|clueless|' +
  'ignorant|incompetent|corrupt|evil|shameful|delusional|unhinged|deranged|vile|repulsive|creepy|gross|cruel|' +
  'spineless|gutless|fake|trash|garbage|a joke|a disgrace|an embarrassment|low iq|mentally (?:ill|unstable|' +
  'retarded|challenged)|narcissistic|brainwashed|hopeless|braindead|brain dead|dishonest|treasonous|disgraceful|' +
  'despicable|contemptible|shameless|sleazy|slimy|scummy|crooked|traitorous|hateful|bigoted|sexist|misogynistic|' +
  'hypocritical|cowardly|arrogant|obnoxious|insufferable|petty|whiny|entitled|spoiled|senile|demented|unfit|inept|' +
  'laughable|two-faced|full of (?:shit|crap|it|bs|bull)|kooky|nutty|loony|batshit(?: crazy)?|dense|gormless';

/**
 * Descriptors that are mostly praise or emphasis in posts ("crazy good", "sick view", "insane deal", "you're nuts,
 * that was amazing"): an insult only as what a person *is*, in a text that does not read as positive.
 */
export const ENTHUSIASM_PRONE = 'crazy|insane|sick|nuts|mad|nasty|wild|savage|filthy|wicked|killer|dope|beast';

/** Phrases aimed at someone by themselves (the "you" is in them or implied). */
export const AIMED_PHRASE =
  'shut (?:the f\\w* |the hell )?up|stfu|gtfo|go to hell|kiss my (?:ass|arse)|(?:fuck|screw|f\\*+k|fk|fck) ' +
  '(?:you|u|ya|off|yourself|urself)|go (?:fuck|screw) (?:yourself|urself)|eat shit|shame on (?:you|u|him|her|them)|' +
  '(?:you|u|ya) (?:suck|stink)|get a life|grow a brain|nobody likes you|no one likes you|you disgust me';

/** Profane phrases among the aimed ones: severe. */
export const PROFANE_PHRASE = /\b(?:fuck|f\*+k|fk|fck|eat shit|kiss my)/i;

/** Words for people: a descriptor before one of these describes a person ("fake friend", "crazy lady"). */
export const PERSON_NOUN =
  'guys?|m[ae]n|wom[ae]n|girls?|boys?|dudes?|persons?|people|kids?|child(?:ren)?|friends?|lady|ladies|humans?|' +
  'human beings?|individuals?|president|mayor|senator|politicians?|leaders?|boss|fans?|liberals?|conservatives?|' +
  'democrats?|republicans?|mom|dad|mother|father|wife|husband|brother|sister|son|daughter|' +
  `${NAME}|${STRONG_NAME}`;
