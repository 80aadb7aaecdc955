// The names of the IPC contract's messages, free of any library so the preload stays tiny.
// ipc-contract.ts checks at compile time that this list and the contract agree.

/** Every channel is `debrief:<message name>`; main ignores anything else. */
export const channelPrefix = 'debrief:';

/** Every message name, in the order the contract declares them. */
export const messageNames = [
  'getAppInfo',
  'loadContent',
  'saveFile',
  'openFile',
  'openRecapFiles',
  'openExternal',
  'savePdf',
  'exportNotesFolder',
  'writeBackup',
  'listBackups',
  'readBackup',
  'getTeamFolder',
  'chooseTeamFolder',
  'joinTeamFolder',
  'leaveTeamFolder',
  'readTeamFolder',
  'writeTeamSegment',
  'shareTeamImport',
  'listTeamImports',
  'readTeamImport',
] as const;

/** The name of a message of the contract. */
export type MessageName = (typeof messageNames)[number];

/**
 * Every event main sends the renderer unasked (a menu item chosen, a file opened from the desktop),
 * on `debrief:<event name>` like the messages. ipc-contract.ts checks that no event shares a message's name.
 */
export const eventNames = ['runCommand', 'openUserFile'] as const;

/** The name of an event main sends the renderer. */
export type EventName = (typeof eventNames)[number];
