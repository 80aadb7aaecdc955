// A recap as the first importer read it (an `ImportedRecap`: one file split into sections) turned
// into a reviewed import of today's model: each section a talk, attached to the one talk it names
// or given an item of its own. The version 4 upgrade and the old import path both use it.
import type { ContentProblem, ItemKind } from '../../../../electron/common/domain';
import { headingSlug } from '../../../../electron/common/recap-import/import-recap';
import type { ImportedRecap } from '../../../../electron/common/recap-import/imported-recap';
import type { RecapTalk } from '../../../../electron/common/recap-import/recap-reading';
import type { PlannedLink, RecapImportPlan } from './save-recap-import';

/** The kinds a section may be attached to: one talk-like item, not a booth or a block of lightning talks. */
const attachableKinds: ReadonlySet<ItemKind> = new Set(['talk', 'keynote', 'panel', 'session']);

/** The file name without its extension, slugged: what the new reader uses as the recap's key. */
function keyOf(file: string): string {
  return headingSlug(file.replace(/\.[^./]+$/, ''));
}

/**
 * A reviewed import for an old recap. Layer ids follow the new reader's shape for a single file,
 * `<key>/<file slug>/<heading slug>`, so importing the same file again lands on the same layers.
 * A section is attached when exactly one of its linked items is a talk, keynote, panel or session.
 */
export function planOfImportedRecap(
  recap: ImportedRecap,
  problems: readonly ContentProblem[],
  kindOf: (itemId: string) => ItemKind | undefined,
  conferenceId: string,
): RecapImportPlan {
  // Records from an older build may lack fields; read them tolerantly, never throw in an upgrade.
  const file = recap.file ?? `${recap.title ?? 'recap'}.md`;
  const key = keyOf(file);
  const links: Record<string, PlannedLink> = {};
  const talks: RecapTalk[] = (recap.sections ?? []).map((section) => {
    const sectionSlug = section.id.startsWith(`${recap.id}/`)
      ? section.id.slice(recap.id.length + 1)
      : headingSlug(section.heading);
    const layerId = `${key}/${key}/${sectionSlug}`;
    const attachable = (section.linkedItemIds ?? []).filter((id) => {
      const kind = kindOf(id);
      return kind !== undefined && attachableKinds.has(kind);
    });
    if (attachable.length === 1)
      links[layerId] = { itemId: attachable[0]!, reason: 'named in this section', confidence: 1, status: 'suggested' };
    return {
      layerId,
      file,
      line: section.line ?? 1,
      title: section.heading,
      kind: 'talk',
      speakers: [],
      tags: [],
      aliases: [],
      body: section.body ?? '',
      alternatives: [],
    };
  });
  return {
    reading: {
      key,
      title: recap.title,
      files: [file],
      conference: { existing: { conferenceId, reason: 'the recap was imported under it' }, proposed: { name: '' } },
      talks,
      intro: recap.intro ?? '',
      skipped: [...problems],
      notes: [],
    },
    title: recap.title,
    conference: { kind: 'existing', conferenceId },
    links,
  };
}
