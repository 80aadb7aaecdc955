// The user's records the fault journeys start from and write: a small set "already there" and a
// large generated set to write while the fault happens, with the text a real user might type.
import type { BackupData } from '../../../electron/common/backup-format';
import type { ActionItem, Annotation, ItemState } from '../../../electron/common/user-records';

/** The talk every journey opens. */
export const talkId = 'kubecon-eu-2022/effective-disaster-recovery';
/** That talk's title, as its heading shows it. */
export const talkTitle = 'Effective Disaster Recovery: The Day We Deleted Production';

const stamp = '2024-05-20T09:00:00.000Z';

/** What the user had before the fault: one note, one highlight, one action item, a star, a setting. */
export const alreadyThere: BackupData = {
  annotations: [
    {
      id: 'there-note',
      itemId: talkId,
      kind: 'note',
      body: 'Written before anything went wrong — **keep me**',
      tags: ['keep'],
      createdAt: stamp,
      updatedAt: stamp,
    },
    {
      id: 'there-highlight',
      itemId: talkId,
      kind: 'highlight',
      body: 'The big red button',
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact: 'one control that stops every deployment and rollout',
          prefix: '',
          suffix: '',
        },
        position: { type: 'TextPositionSelector', start: 0, end: 51 },
      },
      color: 'green',
      tags: [],
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  actions: [
    {
      id: 'there-action',
      itemId: talkId,
      title: 'Propose a deploy freeze switch',
      notes: 'owner: me\ndue Friday',
      status: 'open',
      tags: ['deploys'],
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  itemStates: [{ itemId: talkId, starred: true, grade: 'must-see', updatedAt: stamp }],
  settings: [{ key: 'setting:owner', value: 'me' }],
};

const items = [
  'kubecon-eu-2022/argo-cd',
  'kubecon-eu-2022/karpenter',
  'kubecon-eu-2022/flux',
  'kubecon-eu-2022/keptn',
  talkId,
];
const texts = [
  'quotes "double" and \'single\'; commas, semicolons',
  'line one\nline two\r\nline three',
  'emoji 👩🏽‍💻🚀 and RTL مرحبا — שלום',
];

/** A large set of records (`count` notes and `count / 5` action items) for a write big enough to interrupt. */
export function manyRecords(count: number): BackupData {
  const annotations: Annotation[] = [];
  const actions: ActionItem[] = [];
  for (let index = 0; index < count; index++) {
    const time = new Date(Date.UTC(2024, 5, 1, 8, 0, 0, index)).toISOString();
    const text = `${texts[index % texts.length]} #${index} ${'lorem ipsum '.repeat(20)}`;
    annotations.push({
      id: `many-note-${index}`,
      itemId: items[index % items.length]!,
      kind: 'note',
      body: text,
      tags: index % 2 ? ['bulk'] : [],
      createdAt: time,
      updatedAt: time,
    });
    if (index % 5 === 0) {
      actions.push({
        id: `many-action-${index}`,
        itemId: items[index % items.length]!,
        title: `Follow up ${index}`,
        notes: text,
        status: 'open',
        tags: [],
        createdAt: time,
        updatedAt: time,
      });
    }
  }
  const itemStates: ItemState[] = items.map((itemId) => ({ itemId, starred: false, grade: 'skip', updatedAt: stamp }));
  return { annotations, actions, itemStates, settings: [{ key: 'setting:owner', value: 'someone else' }] };
}

/** Records sorted by their primary key (id, item id or key), to compare what a store holds with what was expected. */
export function byKey<T>(records: readonly T[]): T[] {
  const keyOf = (record: T) => {
    const keys = record as { id?: string; itemId?: string; key?: string };
    return String(keys.id ?? keys.key ?? keys.itemId);
  };
  return [...records].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}
