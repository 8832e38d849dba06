import de from 'naughty-words/de.json' with { type: 'json' };
import es from 'naughty-words/es.json' with { type: 'json' };
import fr from 'naughty-words/fr.json' with { type: 'json' };
import it from 'naughty-words/it.json' with { type: 'json' };
import nl from 'naughty-words/nl.json' with { type: 'json' };
import pt from 'naughty-words/pt.json' with { type: 'json' };

/** The languages besides English whose posts are judged (by `text/multilingual`). */
export const OTHER_LANGUAGES = ['de', 'es', 'fr', 'it', 'pt', 'nl'] as const;
export type OtherLanguage = (typeof OTHER_LANGUAGES)[number];

/**
 * One language's words, by class. Entries are lower-case words or phrases ("hijo de puta"); `|` separates them.
 * `crude` comes from the naughty-words list of the language (LDNOOBW, CC BY 4.0) less `notCrude` (its entries that
 * are ordinary words: "schatje", "cerveja", "martillo", identity words); every other class is curated here.
 */
export interface LanguageWords {
  /** Crude words from the maintained list; weak on their own (low severity). */
  crude: readonly string[];
  notCrude: string;
  /** Mild swearing, curated (low), for list entries that are exact phrases only ("che palle", not "palla"). */
  mild: string;
  /** Strong swearing (medium). */
  strong: string;
  /** Very offensive swearing (high): "hurensohn", "hijo de puta", disease curses in Dutch. */
  veryStrong: string;
  /** Slurs against a group (hate, high). */
  slurs: string;
  /** Explicit sexual words (sexual, medium). */
  sexual: string;
  /** Name-calling ("idiota", "Vollidiot"): an insult when aimed at someone, employer criticism at a boss. */
  insults: string;
  /** Being drunk or hungover (alcohol, medium). */
  drunk: string;
  /** Drinks and drinking (alcohol, low). */
  drinks: string;
  /** Using or being high on drugs (drugs, medium). */
  drugs: string;
  /** The boss, the job, the company, colleagues. */
  work: string;
  /** "I hate", "sucks": with a work word, criticism of the employer. */
  hateVerbs: string;
  /** Addressing someone ("du", "tú", "toi"): name-calling then is an insult. */
  you: string;
  /**
   * Endings an inflected form may add to an entry (plural, gender), tried by cutting them off a word: "putas" →
   * puta, "stronzi" → stronz(o).
   */
  endings: readonly string[];
  /** Stems that make compounds in German and Dutch: "Scheißjob", "Drecksladen", "kutweer". */
  compoundStems?: string;
}

export const WORDS: Readonly<Record<OtherLanguage, LanguageWords>> = {
  de: {
    crude: de,
    mild: 'verdammt|mist|verflucht',
    notCrude:
      'bimbo|bonze|fratze|mufti|nackt|nippel|pinkeln|popel|lümmel|kimme|rosette|reudig|schnackeln|ische|orgasmus|penis',
    strong:
      'scheiße|scheisse|scheiß|scheiss|arsch|arschloch|arschlöcher|wichser|fick dich|verpiss dich|leck mich|kacke|drecksau|mistkerl|schlampe|miststück',
    veryStrong: 'hurensohn|fotze|missgeburt|fick deine mutter',
    slurs: 'neger|kanake|kanaken|schwuchtel|kampflesbe|zigeuner',
    sexual: 'ficken|gefickt|bumsen|titten|porno|muschi|pimmel|schwanzlutscher|wichsen|vögeln',
    insults:
      'idiot|vollidiot|depp|trottel|vollpfosten|penner|spast|spasti|versager|blödmann|dummkopf|wichser|arschloch',
    drunk:
      'betrunken|besoffen|sturzbetrunken|sturzbesoffen|voll wie|saufen|gesoffen|besäufnis|kater haben|verkatert|hackedicht|stockbesoffen',
    drinks: 'bier|biere|wein|schnaps|wodka|vodka|sekt|tequila|kurze|shots|cocktails|prosecco',
    drugs: 'bekifft|kiffen|gekifft|koks|koksen|zugedröhnt|joint|gras rauchen|ecstasy|mdma|xtc|high sein|breit sein',
    work: 'chef|chefin|boss|vorgesetzter|vorgesetzte|arbeitgeber|job|arbeit|firma|kollegen|büro|personaler|recruiter',
    hateVerbs: 'hasse|hass|kotzt mich an|nervt|ätzend|beschissen|kündige',
    you: 'du|dich|dir|dein|deine|euch',
    endings: ['en', 'er', 'es', 'e', 'n', 's'],
    compoundStems: 'scheiß|scheiss|drecks|arsch|kack|mist',
  },
  es: {
    crude: es,
    mild: 'maldita sea|qué coño',
    notCrude:
      'asesinato|asno|infierno|maldito|martillo|drogas|heroína|nazi|racista|sádico|sexo|haciendo el amor|orina|pis|caca|pedo|concha|trio|travesti|prostituta|pezón|vulva|esperma|semen|chupada|chupetón|coprofagía|fiesta de salchichas|idiota|imbécil|pervertido|maciza|macizorra|tía buena',
    strong:
      'mierda|joder|jodido|jodida|hostia|coño|carajo|cabrón|cabrona|gilipollas|pendejo|pendeja|puta|puto|chingada|chingar|verga|vete a la mierda|me cago en|culero|pinche',
    veryStrong: 'hijo de puta|hija de puta|hijoputa|hijaputa|concha de tu madre|me cago en tu madre|malparido',
    slurs: 'maricón|marica|mariconazo|sudaca|negrata|bollera|tortillera|panchito',
    sexual: 'follar|follando|polla|tetas|porno|mamada|chupapollas|hacer una paja|sexo oral|corrida',
    insults:
      'idiota|imbécil|estúpido|estúpida|gilipollas|pendejo|pendeja|cabrón|tonto|tonta|subnormal|inútil|payaso|capullo|kapullo',
    drunk: 'borracho|borracha|borrachera|emborracharme|emborracharse|resaca|pedo de|ebrio|ebria|curda',
    drinks: 'cerveza|cervezas|vino|tequila|chupitos|copas|cubata|cubatas|vodka|whisky|birra|birras',
    drugs: 'porro|porros|marihuana|cocaína|farlopa|colocado|colocada|fumado|fumada|perico|éxtasis|mdma|pastillas',
    work: 'jefe|jefa|trabajo|curro|empresa|oficina|compañeros|reclutador|reclutadores|recursos humanos',
    hateVerbs: 'odio|odiar|harto|harta|me da asco',
    you: 'tú|te|ti|tu|usted|vosotros|ustedes',
    endings: ['es', 's'],
  },
  fr: {
    crude: fr,
    mild: 'bordel|zut|merdique',
    notCrude:
      'caca|pipi|péter|gerbe|gerber|gueule|folle|grande folle|meuf|clitoris|malpt|ramoner|tanche|bourré|bourrée|bitte|jouir|suce|déconne|déconner',
    strong:
      'merde|putain|connard|connasse|salaud|salope|enculé|enculée|enfoiré|enfoirée|ta gueule|ferme ta gueule|va te faire foutre|bordel de merde|chier|fait chier|emmerdeur|emmerdeuse|pouffiasse',
    veryStrong: 'fils de pute|fille de pute|nique ta mère|nique ta race|la putain de ta mère|ntm',
    slurs: 'nègre|pédé|pédale|gouine|tapette|bougnoule|youpin|bicot|négro',
    sexual: 'baiser|baise|bite|chatte|branler|branlette|porno|sucer|couilles|niquer',
    insults:
      'connard|connasse|con|conne|abruti|abrutie|crétin|crétine|idiot|idiote|débile|imbécile|enfoiré|salaud|bouffon',
    drunk: 'bourré|bourrée|bourrés|ivre|saoul|soûl|saoule|gueule de bois|cuite|picoler|bituré|torché|arraché',
    drinks: 'bière|bières|vin|vodka|apéro|apéros|shots|cocktails|pastis|rosé|whisky|champagne',
    drugs: 'joint|joints|beuh|weed|cocaïne|coke|défoncé|défoncée|fumer un joint|pétard|ecstasy|mdma|rail de coke',
    work: 'patron|patronne|chef|boss|boulot|taf|travail|entreprise|bureau|collègues|recruteur|recruteurs|rh|manager',
    hateVerbs: 'déteste|je hais|marre|ras le bol|nul|pourri',
    you: 'tu|toi|te|vous|ton|ta|tes',
    endings: ['es', 's', 'e'],
  },
  it: {
    crude: it,
    mild: 'che palle|rompere le palle|mannaggia|porca miseria',
    notCrude:
      'cadavere|pesce|regina|tirare|battere|balle|biga|monta|montare|pompa|porco|porca|vacca|cozza|quaglia|fava|patacca|topa|sega|spagnola|nave scuola|bagnarsi|brinca|lecchino|ruffiano|mona|pippa|tarzanello|zio cantante|sbattere|sbattersi|vangare|pincare|rizzarsi|succhione|casci|cesso|finocchio|femminuccia|pisello|pirla|imbecille|pecorina|palle|palloso|mannaggia',
    strong:
      'cazzo|cazzi|merda|stronzo|stronza|stronzata|vaffanculo|fanculo|coglione|coglioni|minchia|porca puttana|porca madonna|porco dio|porco due|porco zio|troia|puttana|mignotta|zoccola|testa di cazzo|incazzato|cazzata|rompicoglioni|rompipalle|rompiballe',
    veryStrong: 'figlio di puttana|figlio di buona donna|porco dio|dio cane|madonna puttana',
    slurs: 'frocio|froscio|culattone|ricchione|recchione|terrone|negro|negri|busone',
    sexual: 'scopare|scopata|figa|fica|tette|pompino|bocchino|sborra|sveltina|porno',
    insults:
      'idiota|imbecille|stronzo|stronza|coglione|cretino|cretina|deficiente|scemo|scema|incapace|buffone|pirla|cornuto',
    drunk:
      'ubriaco|ubriaca|ubriachi|sbronzo|sbronza|sbronzi|ubriacarsi|sbornia|postumi della sbornia|ciucco|ciucca|brillo|brilla',
    drinks: 'birra|birre|vino|spritz|shottini|vodka|grappa|cocktail|aperitivo|prosecco',
    drugs: 'cocaina|fattone|strafatto|strafatta|ecstasy|mdma|pippare|farsi una canna|fumare una canna',
    work: 'capo|capi|boss|lavoro|azienda|ufficio|colleghi|datore di lavoro|selezionatore|recruiter|responsabile',
    hateVerbs: 'odio|odiare|che schifo|fa schifo|schifo|non ne posso più|stufo|stufa',
    you: 'tu|te|ti|voi|vi|tuo|tua',
    endings: ['i', 'e', 'a', 'o'],
  },
  pt: {
    crude: pt,
    mild: 'caramba|que saco',
    notCrude:
      'aborto|amador|ânus|aranha|ariano|bissexual|heterosexual|homosexual|homem gay|homoerótico|lésbica|boob|bumbum|burro|camisinha|cerveja|cocaína|heroína|comer|consolo|inferno|mama|saco|torneira|frango assado|fecal|pinto|pau|lolita|coito|grelho|chupar|dum raio|balalao|braulio de borracha|passar um cheque|gozar|clitoris|pênis|amador',
    strong:
      'merda|porra|caralho|foda|foda-se|foder|fodido|fodida|puta|cacete|bosta|vai-te foder|vai tomar no cu|cu|cabrão|cabrao|corno|vadia|otário|otária',
    veryStrong: 'filho da puta|filha da puta|puta que pariu|puta que te pariu|fdp',
    slurs: 'viado|veado|paneleiro|bicha|sapatão|macaco',
    sexual: 'foder|transar|buceta|boceta|xoxota|chochota|porno|pornô|punheta|boquete|sacanagem',
    insults:
      'idiota|imbecil|otário|otária|babaca|cretino|cretina|estúpido|estúpida|palhaço|incompetente|burro|burra|corno',
    drunk: 'bêbado|bêbada|bêbados|bebedeira|ressaca|porre|de porre|embriagado|embriagada|chapado de cachaça|tonto de',
    drinks: 'cerveja|cervejas|cachaça|vinho|caipirinha|vodka|chope|chopp|breja|birita',
    drugs: 'maconha|baseado|cocaína|chapado|chapada|lança-perfume|ecstasy|mdma|cheirar pó|fumar unzinho',
    work: 'chefe|patrão|patroa|trabalho|emprego|empresa|escritório|colegas|recrutador|recrutadores|rh',
    hateVerbs: 'odeio|odiar|detesto|saco cheio',
    you: 'você|vocês|tu|te|teu|tua',
    endings: ['es', 's'],
  },
  nl: {
    crude: nl,
    mild: 'verdorie|potverdorie|gadverdamme',
    notCrude:
      'anita|johny|asbak|balen|bekken|beurt|boemelen|brugpieper|buffelen|del|dombo|gat|gedoogzone|griet|hol|kanen|knor|kwakkie|matje|muts|nicht|paal|palen|poot|pot|potverdorie|raaskallen|remsporen|reutelen|schatje|slempen|spuiten|standje|stootje|toeter|tongzoeng|vergallen|watje|zuigen|zaadje|welzijnsmafia|publiciteitsgeil|reet trappen|voor zijn|achter het raam zitten|aardappels afgieten|de hond uitlaten|gras maaien|de koffer induiken|driehoog achter wonen|de pijp uitgaan|penoze|huisdealer|zuiplap|naakt|klooien|gadverdamme|sufferd|mafketel|afrossen|bedonderen|belazeren|bagger schijten',
    strong:
      'kut|klote|kloten|godverdomme|verdomme|shit|klootzak|lul|eikel|hoer|slet|hufter|rotzak|schijt|tyfus|tering|pleuris|stront|rot op|oprotten',
    veryStrong: 'kanker|kankerlijer|teringlijer|tyfuslijer|kankerhoer|teringhoer|kut marokkaan',
    slurs: 'mof|moffen|flikker|flikkers|neger|negers|spleetoog|makak',
    sexual: 'neuken|pijpen|geil|geile|kontneuken|rukken|aftrekken|porno|tieten',
    insults: 'idioot|klootzak|eikel|sukkel|lul|hufter|debiel|mongool|loser|oen|rotzak|randdebiel',
    drunk: 'dronken|bezopen|lazarus|ladderzat|stomdronken|brak|zuipen|gezopen|zuiplap|strontlazarus',
    drinks: 'bier|biertje|biertjes|wijn|wijntje|shotjes|vodka|jenever|borrel|borrelen|pils|pilsje',
    drugs: 'blowen|geblowd|joint|wiet|coke|cocaïne|stoned|xtc|pilletje|pillen|snuiven|huisdealer',
    work: "baas|chef|werk|baan|bedrijf|kantoor|collega|collega’s|collega's|werkgever|leidinggevende|recruiter|recruiters",
    hateVerbs: 'haat|haten|kut|klote|ben het zat|spuugzat|strontvervelend',
    you: 'jij|je|jou|jouw|jullie|u',
    endings: ['en', 's', 'e'],
    compoundStems: 'kut|klote|kanker|tering|tyfus|rot',
  },
};
