import { describe, expect, it } from 'vitest';
import {
  CompanyResolver,
  companyDisplayName,
  companyKey,
  groupCompanies,
  isBlankCompany,
  sameCompany,
} from './companies.js';
import { PEOPLE, PERSONA } from '../../test/fixtures/samples/persona.js';

describe('companyKey / sameCompany', () => {
  it.each([
    ['Contoso', 'Contoso Ltd.'],
    ['Contoso', 'Contoso, Inc.'],
    ['Contoso Ltd', 'CONTOSO LIMITED'],
    ['Contoso Co., Ltd.', 'Contoso'],
    ['Fabrikam, Inc.', 'Fabrikam Inc.'],
    ['Nestlé S.A.', 'Nestle SA'],
    ['Procter & Gamble', 'Procter and Gamble Co.'],
    ["McDonald's", 'McDonalds Corporation'],
    ['McDonald’s', "McDonald's"],
    ['Contoso GmbH & Co. KG', 'Contoso'],
    ['The Contoso Company', 'Contoso'],
    ['  Contoso   Ltd  ', 'contoso'],
    ['Ｃｏｎｔｏｓｏ', 'Contoso'],
    ['ООО «Контосо»', 'Контосо'],
    ['株式会社コントソ', 'コントソ株式会社'],
    ['コントソ(株)', 'コントソ'],
    ['腾讯有限公司', '腾讯'],
    ['腾讯股份有限公司', '腾讯'],
    ['삼성전자 주식회사', '삼성전자'],
  ])('%s = %s', (a, b) => {
    expect(companyKey(a)).toBe(companyKey(b));
    expect(sameCompany(a, b)).toBe(true);
  });

  it.each([
    ['Contoso', 'Contoso Bank'],
    ['Contoso Ltd.', 'Contoso Bank Ltd.'],
    ['Contoso', 'Контосо'],
    ['Contoso', 'コントソ'],
    ['Fabrikam', 'Fabrikam Residences'],
    ['ガイア', 'カイア'],
    ['Northwind Traders', 'Northwind'],
    ['', ''],
    ['-', 'N/A'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameCompany(a, b)).toBe(false);
  });

  it('never drops the only word of a name', () => {
    expect(companyKey('Company')).toBe('company');
    expect(companyKey('Inc.')).toBe('inc');
    expect(companyKey('SA')).toBe('sa');
  });

  it('treats blanks and placeholders as no company', () => {
    for (const blank of ['', '  ', '-', 'N/A', 'n.a.', 'None', undefined, null])
      expect(isBlankCompany(blank)).toBe(true);
    expect(isBlankCompany('Contoso')).toBe(false);
    expect(isBlankCompany('株式会社コントソ')).toBe(false);
  });
});

describe('companyDisplayName', () => {
  it.each([
    ['Contoso Ltd.', 'Contoso'],
    ['Fabrikam, Inc.', 'Fabrikam'],
    ['Contoso Co., Ltd.', 'Contoso'],
    ['Nestlé S.A.', 'Nestlé'],
    ['ООО «Контосо»', 'Контосо'],
    ['株式会社コントソ', 'コントソ'],
    ['Northwind Traders', 'Northwind Traders'],
    ['Contoso Bank', 'Contoso Bank'],
    ['Company', 'Company'],
  ])('%s → %s', (name, display) => {
    expect(companyDisplayName(name)).toBe(display);
  });
});

describe('overrides', () => {
  it('pins a name to another employer, with its own variants', () => {
    const resolver = new CompanyResolver([{ action: 'pin', variant: 'Contoso Bank', target: 'Contoso' }]);
    expect(resolver.same('Contoso Bank Ltd.', 'Contoso, Inc.')).toBe(true);
    expect(resolver.same('Contoso Bank', 'Fabrikam')).toBe(false);
    expect(resolver.explain('Contoso Bank')).toContain('pinned');
  });

  it('follows pin chains and survives cycles', () => {
    const resolver = new CompanyResolver([
      { action: 'pin', variant: 'A Corp', target: 'B' },
      { action: 'pin', variant: 'B', target: 'C' },
      { action: 'pin', variant: 'C', target: 'A' },
    ]);
    expect(typeof resolver.key('A')).toBe('string');
    const chain = new CompanyResolver([
      { action: 'pin', variant: 'Litware Labs', target: 'Litware Group' },
      { action: 'pin', variant: 'Litware Group', target: 'Litware' },
    ]);
    expect(chain.same('Litware Labs', 'Litware Inc.')).toBe(true);
  });

  it('splits an exact spelling out of its automatic group', () => {
    const overrides = [{ action: 'split' as const, variant: 'Contoso Inc' }];
    expect(sameCompany('Contoso Inc', 'Contoso Ltd.', overrides)).toBe(false);
    expect(sameCompany('contoso inc', 'Contoso Inc', overrides)).toBe(true);
    expect(sameCompany('Contoso Ltd.', 'Contoso', overrides)).toBe(true);
    expect(new CompanyResolver(overrides).explain('Contoso Inc')).toContain('split');
  });
});

describe('groupCompanies', () => {
  it('groups the persona’s employers and acquaintances’ companies into believable employers', () => {
    const names = [
      ...PERSONA.positions.map((position) => position.company),
      ...PEOPLE.flatMap((person) => (person.company ? [person.company] : [])),
      'Contoso Bank',
      '',
    ];
    const groups = groupCompanies(names);
    const contoso = groups.find((group) => group.key === 'contoso');
    expect(contoso?.name).toBe('Contoso');
    expect(contoso?.variants.sort()).toEqual(['Contoso', 'Contoso Ltd', 'Contoso Ltd.']);
    const fabrikam = groups.find((group) => group.key === 'fabrikam');
    expect(fabrikam?.variants.sort()).toEqual(['Fabrikam Inc.', 'Fabrikam, Inc.']);
    expect(fabrikam?.name).toBe('Fabrikam');
    expect(groups.find((group) => group.key === 'contoso bank')?.variants).toEqual(['Contoso Bank']);
    expect(groups.some((group) => group.key === '')).toBe(false);
  });

  it('orders variants by frequency and names a pinned group after the pin target', () => {
    const groups = groupCompanies(
      ['Contoso Ltd.', 'Contoso Bank', 'Contoso Ltd.', 'Contoso, Inc.'],
      [{ action: 'pin', variant: 'Contoso Bank', target: 'Contoso' }],
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.variants[0]).toBe('Contoso Ltd.');
    expect(groups[0]!.name).toBe('Contoso');
  });
});
