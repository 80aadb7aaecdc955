import { describe, expect, it } from 'vitest';
import { maxTextLength, readChange } from '../../../../electron/common/team-sync/change';

const action = {
  format: 1,
  id: 'alice:2',
  device: 'alice',
  seq: 2,
  stamp: '018f8b24dd00-0000-alice',
  seen: { bob: 3 },
  kind: 'action',
  recordId: 'a1',
  op: 'set',
  fields: { status: 'done', owner: 'Bob' },
};

/** The message readChange gives for `raw`, or 'ok'. */
function problem(raw: unknown): string {
  const read = readChange(raw);
  return read.ok ? 'ok' : `${read.problem}: ${read.message}`;
}

describe('reading one change', () => {
  it('accepts a set of each kind of record, and a delete', () => {
    expect(readChange(action)).toEqual({ ok: true, change: action });
    expect(problem({ ...action, kind: 'annotation', fields: { body: 'Great talk', tags: ['k8s'] } })).toBe('ok');
    expect(problem({ ...action, kind: 'itemState', fields: { starred: true, grade: 'must-see' } })).toBe('ok');
    const { fields: _fields, ...withoutFields } = action;
    expect(problem({ ...withoutFields, op: 'delete' })).toBe('ok');
  });

  it('takes null as clearing an optional field, but not a required one', () => {
    expect(problem({ ...action, fields: { owner: null, due: null, priority: null } })).toBe('ok');
    expect(problem({ ...action, fields: { title: null } })).toBe(
      'invalid: fields.title: Invalid input: expected string, received null',
    );
  });

  it('names the field that has the wrong type or value', () => {
    expect(problem({ ...action, fields: { status: 'finished' } })).toMatch(/^invalid: fields\.status: /);
    expect(problem({ ...action, fields: { tags: ['ok', 3] } })).toMatch(/^invalid: fields\.tags\[1\]: /);
    expect(problem({ ...action, fields: { due: 'next week' } })).toBe(
      'invalid: fields.due: must be a date written YYYY-MM-DD',
    );
    expect(problem({ ...action, seq: 0 })).toMatch(/^invalid: seq: /);
    expect(problem({ ...action, seen: { bob: -1 } })).toMatch(/^invalid: seen\.bob: /);
    expect(problem({ ...action, kind: 'bookmark' })).toMatch(/^invalid: kind: /);
    expect(problem({ ...action, op: 'move' })).toMatch(/^invalid: op: /);
    expect(problem('a string')).toMatch(/^invalid: .*expected object/);
  });

  it('refuses fields the record does not have, and updatedAt, which comes from the stamps', () => {
    expect(problem({ ...action, fields: { colour: 'red' } })).toBe('invalid: fields: Unrecognized key: "colour"');
    expect(problem({ ...action, fields: { updatedAt: '2024-05-18T10:00:00.000Z' } })).toMatch(/Unrecognized key/);
    expect(problem({ ...action, extra: 1 })).toMatch(/Unrecognized key: "extra"/);
  });

  it('refuses keys that would reach Object.prototype, wherever they are', () => {
    const withKey = (json: string) => JSON.parse(JSON.stringify(action).replace('"status":"done"', json));
    expect(problem(withKey('"__proto__":{"isAdmin":true}'))).toBe(
      'invalid: fields.__proto__: is not allowed as a name: it would reach Object.prototype',
    );
    expect(problem(withKey('"constructor":{}'))).toMatch(/^invalid: fields\.constructor: /);
    expect(problem({ ...action, fields: JSON.parse('{"tags":[{"prototype":1}]}') })).toMatch(
      /^invalid: fields\.tags\[0\]\.prototype: /,
    );
    expect(problem({ ...action, seen: JSON.parse('{"__proto__":5}') })).toMatch(/^invalid: seen\.__proto__: /);
    expect(problem({ ...action, device: 'constructor', id: 'constructor:2' })).toMatch(/^invalid: device: /);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses a huge text, a huge list and deep nesting, before looking further', () => {
    expect(problem({ ...action, fields: { notes: 'x'.repeat(10_000_000) } })).toBe(
      `invalid: fields.notes: is longer than ${maxTextLength} characters`,
    );
    expect(problem({ ...action, fields: { notes: 'x'.repeat(maxTextLength) } })).toBe('ok');
    expect(problem({ ...action, fields: { tags: Array.from({ length: 20_000 }, () => 't') } })).toMatch(
      /^invalid: fields\.tags: has more than/,
    );
    let deep: unknown = 'bottom';
    for (let level = 0; level < 50; level += 1) deep = [deep];
    expect(problem({ ...action, fields: { tags: deep } })).toMatch(/is nested too deeply/);
  });

  it('says a change from a newer Debrief is one, rather than listing what it does not know', () => {
    expect(problem({ ...action, format: 2, fields: { somethingNew: true }, signature: 'x' })).toBe(
      'newer-format: format: is 2, newer than 1: update Debrief to read it',
    );
    expect(problem({ ...action, format: 0 })).toMatch(/^invalid: format: must be 1/);
  });

  it('checks that the id, the stamp and seen agree with the device', () => {
    expect(problem({ ...action, id: 'alice:3' })).toMatch(/^invalid: id: /);
    expect(problem({ ...action, id: 'x' })).toMatch(/^invalid: id: /);
    expect(problem({ ...action, stamp: 'yesterday' })).toBe('invalid: stamp: must be a hybrid clock stamp');
    expect(problem({ ...action, stamp: '018f8b24dd00-0000-bob' })).toMatch(/^invalid: stamp: .*own device/);
    expect(problem({ ...action, seen: { alice: 1 } })).toMatch(/^invalid: seen\.alice: /);
  });
});
