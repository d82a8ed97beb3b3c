import { extractArticle } from './extract-article';

// 2025-06-12 is a Thursday.
function extract(text: string, publishedAt = '2025-06-12') {
  return extractArticle({ text, publishedAt });
}

function speakers(text: string): Array<[string | null, string]> {
  return extract(text).statements.map((statement) => [statement.speaker, statement.text]);
}

function calls(text: string): Array<[string[], string | null]> {
  return extract(text).calls.map((call) => [[...call.participants].sort(), call.date]);
}

describe('how names are written', () => {
  it('keeps a generational suffix in the name, and takes the surname up without it', () => {
    const text =
      'President Teodoro Valcarce Jr. of Ostravia defended the grain levy on Wednesday.\n\n' +
      '“The levy stays until the harvest is in,” Valcarce said.';
    const result = extract(text);
    expect(result.people.map((person) => person.name)).toEqual(['Teodoro Valcarce Jr.']);
    expect(result.people[0]?.aliases).toContain('Valcarce');
    expect(speakers(text)).toEqual([['Teodoro Valcarce Jr.', 'The levy stays until the harvest is in,']]);
  });

  it('reads a surname of two words after a full name of three', () => {
    const text =
      'Trade Secretary Amado Reyes Pilar Jr. said the quota was under review.\n\n' +
      '“Every option is open,” Reyes Pilar said at the time.';
    expect(speakers(text)).toEqual([['Amado Reyes Pilar Jr.', 'Every option is open,']]);
  });

  it('takes a title that ends in “Officer” off the name', () => {
    const text = '“The talks were useful,” Palace Press Officer Mirela Dacosta told reporters.';
    expect(speakers(text)).toEqual([['Mirela Dacosta', 'The talks were useful,']]);
  });

  it('reads an honour, particles and a capitalised “Al” as one name, and the honour with the first name as its short form', () => {
    const text =
      'On Wednesday, Premier Ilse Varro took a phone call from the Qaresi president, Sheikh Omar bin Rashid Al Sabri.\n\n' +
      'Presidential spokesman Tariq Omar said the conversation had been warm.\n\n' +
      '“Sheikh Omar called me to say the port will stay open,” Varro said.\n\n' +
      '“We expect a deal soon,” Omar said.';
    const result = extract(text);
    expect(result.people.map((person) => person.name)).toEqual(expect.arrayContaining(['Omar bin Rashid Al Sabri', 'Tariq Omar']));
    expect(result.calls.map((call) => [...call.participants].sort())).toEqual([['Ilse Varro', 'Omar bin Rashid Al Sabri']]);
    expect(result.calls[0]?.initiator).toBe('Omar bin Rashid Al Sabri');
    expect(speakers(text)).toContainEqual(['Tariq Omar', 'We expect a deal soon,']);
  });
});

describe('who is not a person', () => {
  it('does not take the body a person heads for a person, even when a verb follows its name', () => {
    const text =
      'Prime Minister Ana Holt spoke by phone on Tuesday with President Ivo Marsk.\n\n' +
      'Greta Lund, chief executive of the industry body Salmon Vessmark, welcomed the call.\n\n' +
      '“We want our market back,” she said.';
    const result = extract(text);
    expect(result.people.map((person) => person.name)).not.toContain('Salmon Vessmark');
    expect(calls(text)).toEqual([[['Ana Holt', 'Ivo Marsk'], '2025-06-10']]);
  });

  it('does not take a name that ends in the name of a country for a person', () => {
    const text =
      'President Ida Kestrel of Brastova announced a tariff on Sardovan timber on Monday.\n\n' +
      'Her Forward Brastova party has made the tariff the centre of its campaign before Brastovan voters go to the polls. “Brastova first,” Kestrel said.';
    expect(extract(text).people.map((person) => person.name)).toEqual(['Ida Kestrel']);
  });
});

describe('leaders named by country', () => {
  it('reads “the Philippine leader” as the one leader the article places nowhere else', () => {
    const text =
      'MANILA, Philippines - President Amado Cruzat will keep the rice ban, his spokeswoman said Thursday, a day after the Philippine leader spoke by phone with Vietnamese Prime Minister Le Van Thanh.';
    expect(calls(text)).toEqual([[['Amado Cruzat', 'Le Van Thanh'], '2025-06-11']]);
  });
});
