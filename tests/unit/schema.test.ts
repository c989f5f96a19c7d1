import * as v from '../../src/playbook/core/schema-kit';
import { describe, expect, test } from 'vitest';
import { emptyKickoff, KickoffSchema } from '../../src/playbook/kickoff/topics';
import { DraftSchema } from '../../src/playbook/documents/agenda';
import {
  DateOrEmpty,
  field,
  group,
  Id,
  Minutes,
  NumberOrDecimal,
  readDocument,
} from '../../src/playbook/core/schema';

const Doc = v.object({
  name: field(v.string(), () => ''),
  when: field(DateOrEmpty, () => ''),
  box: group({ on: field(v.boolean(), () => false), n: field(v.number(), () => 0) }),
  items: field(v.array(v.object({ id: Id, text: field(v.string(), () => '') })), () => []),
});

describe('readDocument', () => {
  test.each([
    [
      'an empty object reads as all defaults',
      {},
      { name: '', when: '', box: { on: false, n: 0 }, items: [] },
      [],
    ],
    [
      'a valid document reads as it is',
      { name: 'a', when: '2026-11-22', box: { on: true, n: 2 }, items: [{ id: 'x', text: 'y' }] },
      { name: 'a', when: '2026-11-22', box: { on: true, n: 2 }, items: [{ id: 'x', text: 'y' }] },
      [],
    ],
    [
      'a wrong value resets that field only',
      { name: 7, when: '2026-11-22', box: { on: 'yes', n: 3 } },
      { name: '', when: '2026-11-22', box: { on: false, n: 3 }, items: [] },
      ['name', 'box.on'],
    ],
    [
      'an impossible date resets the date',
      { name: 'a', when: '2026-02-30' },
      { name: 'a', when: '', box: { on: false, n: 0 }, items: [] },
      ['when'],
    ],
    [
      'a list item missing a required field leaves the list, the others stay',
      { items: [{ id: 'a' }, { text: 'no id' }, { id: 'c', text: 3 }] },
      {
        name: '',
        when: '',
        box: { on: false, n: 0 },
        items: [
          { id: 'a', text: '' },
          { id: 'c', text: '' },
        ],
      },
      // Paths name the values as they were read: item 1 has no id, item 2 a text that is a number.
      ['items.1.id', 'items.2.text'],
    ],
    [
      'a group of the wrong type reads as its defaults',
      { box: 'oops' },
      { name: '', when: '', box: { on: false, n: 0 }, items: [] },
      ['box'],
    ],
  ])('%s', (_name, input, value, reset) => {
    expect(readDocument(Doc, input)).toEqual({ value, reset });
  });

  test.each([
    ['a number', 42],
    ['a list', []],
    ['a string', 'x'],
    ['null', null],
  ])('not even a document: %s', (_name, input) => {
    expect(readDocument(Doc, input)).toBeUndefined();
  });

  test('never changes what it reads', () => {
    const input = { name: 7, items: [{ text: 'x' }] };
    readDocument(Doc, input);
    expect(input).toEqual({ name: 7, items: [{ text: 'x' }] });
  });
});

describe('a number written as text', () => {
  const read = (schema: v.GenericSchema<number>, input: unknown) => {
    const reset: string[] = [];
    const value = schema.read(input, 'n', reset);
    return value === v.INVALID ? 'reset' : value;
  };
  // What a person or an editor may write for a session length of 10 to 240 minutes.
  test.each([
    [45, 45],
    ['45', 45],
    ['045', 45],
    ['45.0', 45],
    ['240', 240],
    ['10', 10],
    ['9', 'reset'],
    ['241', 'reset'],
    ['-45', 'reset'],
    ['45.5', 'reset'],
    ['45abc', 'reset'],
    ['4 5', 'reset'],
    [' 45', 'reset'],
    ['45 ', 'reset'],
    ['45\n', 'reset'],
    ['', 'reset'],
    ['+45', 'reset'],
    ['1e2', 'reset'],
    ['0x2D', 'reset'],
    ['.5e2', 'reset'],
    ['45.', 'reset'],
    ['Infinity', 'reset'],
    ['NaN', 'reset'],
    ['٤٥', 'reset'],
    ['４５', 'reset'],
    ['45 minutes', 'reset'],
    ['1'.padEnd(400, '0'), 'reset'],
    [null, 'reset'],
    [true, 'reset'],
    [['45'], 'reset'],
  ])('as minutes, %j reads as %s', (input, expected) => {
    expect(read(Minutes({ min: 10, max: 240 }), input)).toBe(expected);
  });

  test.each([
    ['12.5', 12.5],
    ['-3', -3],
    ['0', 0],
    ['-0.25', -0.25],
    ['1e3', 'reset'],
    ['1,5', 'reset'],
    ['1_000', 'reset'],
    ['-', 'reset'],
  ])('as any number, %j reads as %s', (input, expected) => {
    expect(read(NumberOrDecimal, input)).toBe(expected);
  });

  test('every document reads it: the kickoff’s session length and an agenda part’s minutes', () => {
    expect(readDocument(KickoffSchema, { cadence: { minutes: '45' } })).toMatchObject({
      value: { cadence: { minutes: 45 } },
      reset: [],
    });
    expect(readDocument(KickoffSchema, { cadence: { minutes: '45 min' } })).toMatchObject({
      value: { cadence: { minutes: null } },
      reset: ['cadence.minutes'],
    });
    const part = { id: 'p1', kind: 'custom', title: 'Demo', minutes: '15', notes: '' };
    expect(readDocument(DraftSchema, { draft: { parts: [part] } })).toMatchObject({
      value: { draft: { parts: [{ ...part, minutes: 15 }] } },
      reset: [],
    });
  });
});

describe('KickoffSchema', () => {
  test('reads {} as the empty checklist, and the empty checklist as itself', () => {
    expect(readDocument(KickoffSchema, {})?.value).toEqual(emptyKickoff());
    expect(readDocument(KickoffSchema, JSON.parse(JSON.stringify(emptyKickoff())))).toEqual({
      value: emptyKickoff(),
      reset: [],
    });
  });
});

describe('the schema kit', () => {
  const Kit = v.object({
    id: Id,
    maybe: v.optional(v.picklist(['a', 'b'])),
    minutes: field(v.nullable(v.number()), () => null),
    tags: field(v.array(v.picklist(['x', 'y'])), () => []),
  });

  test('leaves unknown keys out, prototype keys included, and never reaches a prototype', () => {
    const input = JSON.parse('{"id":"1","extra":1,"__proto__":{"polluted":true},"constructor":{}}');
    const read = readDocument(Kit, input)!;
    expect(read.value).toEqual({ id: '1', minutes: null, tags: [] });
    expect(Object.getPrototypeOf(read.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.each([
    ['an optional field without fallback stays out when missing', { id: '1' }, {}, []],
    ['and is kept when it fits', { id: '1', maybe: 'b' }, { maybe: 'b' }, []],
    ['null where null is allowed', { id: '1', minutes: null }, {}, []],
    [
      'a list item that is not an option leaves the list, by its path',
      { id: '1', tags: ['x', 'z', 'y'] },
      { tags: ['x', 'y'] },
      ['tags.1'],
    ],
    ['a number that is NaN is no number', { id: '1', minutes: Number.NaN }, {}, ['minutes']],
  ])('%s', (_name, input, fields, reset) => {
    expect(readDocument(Kit, input)).toEqual({
      value: { id: '1', minutes: null, tags: [], ...fields },
      reset,
    });
  });

  test('a required field that does not fit fails the document, and says which', () => {
    expect(readDocument(Kit, { id: '' })).toBeUndefined();
    const reset: string[] = [];
    expect(Kit.read({ id: 5 }, '', reset)).toBe(v.INVALID);
    expect(reset).toEqual(['id']);
  });

  test.each([
    [
      'a required field of a nested object',
      { inner: { id: 5 } },
      { inner: { id: 'x' } },
      ['inner.id'],
    ],
    ['a nested object that is no object', { inner: 'x' }, { inner: { id: 'x' } }, ['inner']],
    [
      'an item of a list in a nested object',
      { inner: { id: 'a', list: [{ id: 1 }] } },
      { inner: { id: 'a', list: [] } },
      ['inner.list.0.id'],
    ],
  ])(
    'a field that fails inside a nested object is reported once: %s',
    (_name, input, value, reset) => {
      const Item = v.object({ id: v.string() });
      const Outer = v.object({
        inner: field(v.object({ id: v.string(), list: field(v.array(Item), () => []) }), () => ({
          id: 'x',
          list: [],
        })),
      });
      const read = readDocument(Outer, input)!;
      expect(read.reset).toEqual(reset);
      expect(read.value).toMatchObject(value);
    },
  );
});
