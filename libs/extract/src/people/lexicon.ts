/** Words that head an office-holder's title: "Prime Minister", "Trade Minister", "President". */
export const TITLE_HEADS = new Set([
  'president', 'minister', 'chancellor', 'secretary', 'leader', 'premier', 'senator', 'governor', 'king', 'queen',
  'mayor', 'ambassador', 'chair', 'chairman', 'chairwoman', 'chairperson', 'commissioner', 'envoy', 'emir', 'sultan',
  'prince', 'princess', 'taoiseach', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'congressman',
  'congresswoman', 'lawmaker', 'mp', 'deputy', 'vice-president', 'head', 'director', 'negotiator', 'candidate',
  'challenger', 'economist', 'analyst', 'adviser', 'advisor', 'official', 'professor', 'strategist', 'chief',
  'executive', 'founder', 'ceo', 'general', 'judge', 'governor-general', 'officer',
]);

/** Titles American copy abbreviates before a name: "Sen. Maria Lund", "the Rev. Al Sharpton". */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Sen: 'Senator', Rep: 'Representative', Gov: 'Governor', 'Lt. Gov': 'Lieutenant Governor', Rev: 'Reverend', Gen: 'General',
  Col: 'Colonel', Sgt: 'Sergeant', Capt: 'Captain', Adm: 'Admiral', Amb: 'Ambassador', Atty: 'Attorney', Supt: 'Superintendent', Prof: 'Professor',
};

/** "(D-Ore.)", "(R)", ", R-Pa.,": an American legislator's party and state after the name. */
export const PARTY_AND_STATE = /^\s*(?:\((?:[DRI]|[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)\)|,\s[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?,)/;

/** Occupations written before a name ("Activist Angela Davis", "Pollster Frank Luntz" at a sentence's start), never part of it nor common surnames. */
export const OCCUPATIONS: ReadonlySet<string> = new Set([
  'activist', 'attorney', 'lawyer', 'pollster', 'consultant', 'columnist', 'commentator', 'historian', 'writer', 'author', 'editor', 'reporter',
  'journalist', 'actor', 'actress', 'singer', 'rapper', 'comedian', 'pastor', 'rabbi', 'teacher', 'student', 'veteran', 'widow', 'donor',
  'delegate', 'organizer', 'blogger', 'novelist', 'filmmaker', 'entrepreneur', 'billionaire', 'businessman', 'businesswoman', 'physician',
  'scientist', 'researcher', 'lobbyist', 'councilmember', 'councilman', 'councilwoman', 'sheriff', 'superintendent', 'evangelist', 'televangelist',
]);

/** Party labels written before a name ("Democrat Maria Lund"), never part of it. */
export const PARTY_LABELS = new Set(['Democrat', 'Democratic', 'Republican', 'GOP', 'Independent', 'Libertarian', 'Conservative', 'Labour', 'Liberal', 'Green']);

/** Nouns that describe one person ("the businessman", "the former governor"), which a definite description may take up. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...TITLE_HEADS, 'businessman', 'businesswoman', 'billionaire', 'mogul', 'nominee', 'frontrunner', 'front-runner', 'man', 'woman',
  'actor', 'actress', 'star', 'host', 'congressman', 'congresswoman', 'politician', 'democrat', 'republican', 'contender', 'hopeful',
]);

/** Title heads that name a head of state or government, which a bare "the president" may mean. */
export const LEADER_TITLES = ['prime minister', 'president', 'chancellor', 'premier', 'king', 'queen', 'taoiseach', 'emir', 'sultan'];

/** Words that make a capitalised phrase an organisation or a place rather than a person. */
export const ORGANISATION_WORDS = new Set([
  'bank', 'institute', 'university', 'college', 'association', 'party', 'ministry', 'service', 'capital', 'federation',
  'league', 'union', 'alliance', 'democrats', 'republicans', 'council', 'social', 'radio', 'television', 'corporation',
  'group', 'office', 'house', 'parliament', 'assembly', 'congress', 'senate', 'court', 'agency', 'commission',
  'committee', 'company', 'motors', 'holdings', 'fund', 'foundation', 'centre', 'center', 'school', 'news', 'times',
  'post', 'journal', 'herald', 'broadcasting', 'network', 'press', 'organization', 'organisation', 'coalition',
  'movement', 'front', 'presidency', 'government', 'cabinet', 'treasury', 'department', 'inc', 'ltd', 'street',
  'square', 'palace', 'airport', 'port', 'city', 'county', 'province', 'region', 'state', 'republic', 'kingdom',
  'island', 'islands', 'sea', 'river', 'strait', 'summit', 'forum', 'agreement', 'accord', 'treaty', 'act', 'plan',
  'affairs',
]);

/** Capitalised words that open sentences or phrases and are never part of a name. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'and', 'but', 'or', 'nor', 'so',
  'when', 'while', 'after', 'before', 'as', 'if', 'although', 'though', 'because', 'since', 'until', 'meanwhile',
  'however', 'nevertheless', 'still', 'yet', 'also', 'then', 'later', 'earlier', 'asked', 'speaking', 'writing',
  'addressing', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'he', 'she', 'they',
  'we', 'it', 'i', 'you', 'there', 'here', 'what', 'who', 'whom', 'whose', 'which', 'where', 'why', 'how', 'not',
  'neither', 'both', 'each', 'every', 'all', 'some', 'many', 'most', 'no', 'under', 'over', 'within', 'without',
  'during', 'against', 'among', 'between', 'about', 'despite', 'instead', 'even', 'only', 'just', 'talks', 'officials',
  'supporters', 'critics', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'sheikh', 'former', 'acting', 'interim', 'outgoing', 'incoming',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'prime', 'foreign',
  'one',
]);

/** Words that open the names of places of two words ("South Africa", "New Delhi", "Saudi Arabia"), never a person's first name. */
export const PLACE_OPENERS = new Set(['North', 'South', 'East', 'West', 'New', 'Saudi', 'United']);

export const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'about', 'into', 'after', 'before', 'during', 'between', 'against', 'under', 'over',
  'through', 'than', 'beside', 'besides', 'alongside', 'behind', 'near', 'among', 'like', 'unlike', 'including', 'towards', 'toward', 'without',
  'via', 'despite', 'beyond', 'upon', 'across', 'around',
]);

/** Plural or collective subjects: a quotation they utter has no single speaker. */
export const GROUP_SUBJECTS = /\b(?:both sides|both governments|critics|supporters|protesters|protestors|opponents|demonstrators|crowds?|residents|voters|fans|activists|marchers|strikers|workers|farmers|officials|analysts|observers|many|others|some)\b/i;

/** Honorifics that tell a person's gender. */
export const MALE_HONORIFICS = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'sheikh']);
export const FEMALE_HONORIFICS = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess']);
/** Honorifics that say nothing of gender: "said Dr Fenella Oakes". */
export const NEUTRAL_HONORIFICS = new Set(['dr', 'dr.']);

/** Common abbreviations of country names in wire copy. */
export const COUNTRY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'U.S.': 'United States',
  US: 'United States',
  'U.K.': 'United Kingdom',
  UK: 'United Kingdom',
  EU: 'European Union',
};

/**
 * Seats of government that news copy writes for the office inside them ("Downing Street
 * said", "a Kremlin readout"): the office's title and country. A president's seat is
 * named as the presidency, a prime minister's as the office.
 */
export const SEATS_OF_GOVERNMENT: Readonly<Record<string, { title: 'President' | 'Prime Minister'; country: string }>> = {
  'Downing Street': { title: 'Prime Minister', country: 'United Kingdom' },
  'No 10': { title: 'Prime Minister', country: 'United Kingdom' },
  'No. 10': { title: 'Prime Minister', country: 'United Kingdom' },
  'Number 10': { title: 'Prime Minister', country: 'United Kingdom' },
  Kremlin: { title: 'President', country: 'Russia' },
  Élysée: { title: 'President', country: 'France' },
  Elysee: { title: 'President', country: 'France' },
  Planalto: { title: 'President', country: 'Brazil' },
  Kantei: { title: 'Prime Minister', country: 'Japan' },
};
