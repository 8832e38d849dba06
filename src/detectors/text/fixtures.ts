import type { Item, ItemKind } from '../../core/item.js';

/** A minimal item for detector tests. */
export function itemOf(text: string, overrides: Partial<Item> & { kind?: ItemKind } = {}): Item {
  return {
    platform: 'x',
    kind: 'post',
    id: '1',
    text,
    createdAt: '2025-01-01T00:00:00.000Z',
    audience: 'public',
    engagement: {},
    media: [],
    locator: { input: 'test', file: 'test.js' },
    flags: {},
    ...overrides,
  };
}
