// Two teammates' profiles for the team-sync tests: each a real (fake-indexeddb) database and the
// replica of the folder the app keeps, sharing through an in-memory folder made of their logs.
import { TeamReplica } from '../../../../electron/common/team-sync/replica';
import type { DebriefDatabase } from '../../../../renderer/src/lib/db/database';
import { syncStep } from '../../../../renderer/src/lib/team/team-transaction';
import { openSeededDatabase } from '../../../fixtures/actions/recap';

export interface Profile {
  device: string;
  database: DebriefDatabase;
  replica: TeamReplica;
}

/** A fresh profile for `device`; close and delete its database after the test. */
export async function profile(device: string): Promise<Profile> {
  return { device, database: await openSeededDatabase(`team-${device}`), replica: new TeamReplica(device) };
}

/** This device's log as one segment's text. */
export async function logText(who: Profile): Promise<string> {
  return (await who.database.teamLog.toArray()).map((entry) => `${JSON.stringify(entry.change)}\n`).join('');
}

/** `who` sends its edits, and reads (and applies) everything `from` has sent so far. */
export async function sync(who: Profile, ...from: Profile[]) {
  await syncStep(who.database, who.device);
  // The whole own log, as the app sends it: a step with a merge can add changes too.
  who.replica.update({ ownChanges: (await who.database.teamLog.toArray()).map((entry) => entry.change) });
  for (const other of from)
    who.replica.update({ files: [{ name: `${other.device}/1.jsonl`, text: await logText(other) }] });
  const merge = who.replica.merge();
  return { merge, step: await syncStep(who.database, who.device, merge) };
}
