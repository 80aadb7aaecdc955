// The app's commands: what each does and the keys that do it. The palette, the help sheet and the
// window's key handler all read this one list, so a shortcut shown is a shortcut that works.
import type { CurrentPlace } from '../current-place.svelte';
import { openSelectionToolbar } from '../annotations/open-selection-toolbar';
import { listSectionItems } from '../recap-queries';
import { recapImports } from '../recaps/recap-imports.svelte';
import { scheduleImports } from '../schedule/schedule-imports.svelte';
import { session } from '../session.svelte';
import { viewsWithoutTalkList } from '../layout/talk-list';
import { talkListChoice } from '../layout/talk-list-choice.svelte';
import { tripReportExport, type TripReportMode } from '../trip-report/trip-report-export.svelte';
import type { Command } from './command-registry';
import { buttonNamed, fieldLabelled, focusInView, nextFrame } from './page-controls';
import { steppedId } from './talk-steps';

/** What the commands need from the window that mounts them. */
export interface CommandContext {
  place: CurrentPlace;
  openPalette: () => void;
  openHelp: () => void;
  /** Opens the conference picker. */
  openConferenceSwitcher: () => void;
  /** Tells the user, politely, why a command did nothing. */
  explain: (message: string) => void;
}

/** Every command, in the order the palette and the help sheet list them. */
export function appCommands(context: CommandContext): Command[] {
  const { place, explain } = context;

  function talk(): HTMLElement | undefined {
    return document.querySelector<HTMLElement>('main article.item') ?? undefined;
  }

  async function step(direction: 1 | -1): Promise<void> {
    const conferenceId = place.conference?.id;
    if (!conferenceId) return;
    const items = await listSectionItems(conferenceId, place.section);
    const current = session.route.view === 'item' ? session.route.itemId : undefined;
    const next = steppedId(
      items.map((item) => item.id),
      current,
      direction,
    );
    if (next) session.go({ view: 'item', itemId: next });
    else explain(direction === 1 ? 'This is the last talk in the list.' : 'This is the first talk in the list.');
  }

  async function newNote(): Promise<void> {
    const article = talk();
    if (!article) return explain('Open a talk first, then write a note on it.');
    let field = fieldLabelled(article, 'Notes');
    if (!field) {
      buttonNamed(article, 'Edit notes')?.click();
      await nextFrame();
      field = fieldLabelled(article, 'Notes');
    }
    focusInView(field);
  }

  function report(mode: TripReportMode): void {
    const conferenceId = place.conference?.id;
    if (!conferenceId) return explain('Open a conference first: the report covers the conference you are on.');
    void tripReportExport.open(mode, conferenceId);
  }

  return [
    {
      id: 'palette.open',
      title: 'Show all commands',
      shortcuts: [{ key: 'p', mod: true, shift: true }],
      run: context.openPalette,
    },
    { id: 'help.shortcuts', title: 'Keyboard shortcuts', shortcuts: [{ key: '?' }], run: context.openHelp },
    {
      id: 'search.focus',
      title: 'Search the recap',
      shortcuts: [{ key: 'k', mod: true }, { key: '/' }],
      run: () =>
        void focusInView(document.querySelector<HTMLElement>('[role="search"] [role="combobox"]') ?? undefined),
    },
    {
      id: 'talk.goto',
      title: 'Go to talk…',
      shortcuts: [{ key: 'p', mod: true }],
      run: () => buttonNamed(document, 'Go to talk…')?.click(),
    },
    {
      id: 'conference.goto',
      title: 'Go to conference…',
      shortcuts: [{ key: 'K', mod: true, shift: true }],
      run: context.openConferenceSwitcher,
    },
    {
      id: 'talk.next',
      title: 'Next talk in the list',
      shortcuts: [{ key: 'j' }, { key: 'ArrowDown', alt: true }],
      run: () => step(1),
    },
    {
      id: 'talk.previous',
      title: 'Previous talk in the list',
      shortcuts: [{ key: 'k' }, { key: 'ArrowUp', alt: true }],
      run: () => step(-1),
    },
    { id: 'note.new', title: 'Write a note on this talk', shortcuts: [{ key: 'n' }], run: newNote },
    {
      id: 'action.new',
      title: 'New action item',
      shortcuts: [{ key: 'a' }],
      run: () => {
        const article = talk();
        if (!article) return explain('Open a talk first, then add an action item to it.');
        focusInView(fieldLabelled(article, 'New action item'));
      },
    },
    {
      id: 'highlight.selection',
      title: 'Highlight the selected passage',
      shortcuts: [{ key: 'h' }],
      run: () => {
        if (!talk()) return explain('Open a talk and select a passage of its text, then highlight it.');
        // The toolbar of the text holding the selection opens with focus on its first color.
        if (!openSelectionToolbar())
          explain('Select a passage of the talk’s text first, then press H to highlight it.');
      },
    },
    {
      id: 'star.toggle',
      title: 'Star or unstar this talk',
      shortcuts: [{ key: 's' }],
      run: () => {
        const star = talk()?.querySelector<HTMLButtonElement>('.personal-state .star');
        if (!star) return explain('Open a talk first, then star it.');
        star.click();
      },
    },
    {
      id: 'view.actions',
      title: 'Open Actions',
      shortcuts: [{ key: 'A', mod: true, shift: true }],
      run: () => session.go({ view: 'actions' }),
    },
    {
      id: 'view.annotations',
      title: 'Open Annotations',
      shortcuts: [{ key: 'L', mod: true, shift: true }],
      run: () => session.go({ view: 'annotations' }),
    },
    {
      id: 'actions.export',
      title: 'Export action items…',
      shortcuts: [{ key: 'E', mod: true, shift: true }],
      run: async () => {
        session.go({ view: 'actions' });
        // The Actions view renders its export controls once its items are read.
        for (let frame = 0; frame < 120; frame++) {
          await nextFrame();
          const group = document.querySelector<HTMLElement>('.action-export');
          if (group) return void focusInView(fieldLabelled(group, 'Export format'));
        }
        explain('The Actions view did not open; try Open Actions.');
      },
    },
    { id: 'view.library', title: 'Open Library', shortcuts: [], run: () => session.go({ view: 'library' }) },
    {
      id: 'view.talk-list',
      title: 'Show or hide the talk list',
      shortcuts: [{ key: '\\', mod: true }],
      run: () => {
        if (viewsWithoutTalkList.has(session.route.view)) {
          return explain('This view has no talk list: open a day, a talk or the overview to show it.');
        }
        talkListChoice.toggle();
      },
    },
    { id: 'view.trash', title: 'Open Trash', shortcuts: [], run: () => session.go({ view: 'trash' }) },
    { id: 'view.backups', title: 'Open Backups', shortcuts: [], run: () => session.go({ view: 'backups' }) },
    { id: 'view.team', title: 'Team folder…', shortcuts: [], run: () => session.go({ view: 'team' }) },
    {
      id: 'backup.now',
      title: 'Back up now',
      shortcuts: [],
      run: async () => {
        session.go({ view: 'backups' });
        // The Backups view's own button backs up and says, on screen, which snapshot it wrote.
        for (let frame = 0; frame < 120; frame++) {
          await nextFrame();
          const view = document.querySelector<HTMLElement>('article.backups');
          const button = view ? buttonNamed(view, 'Back up now') : undefined;
          if (button) return button.click();
        }
        explain('The Backups view did not open; try Open Backups, then Back up now.');
      },
    },
    {
      id: 'recap.import',
      title: 'Import a recap…',
      shortcuts: [{ key: 'o', mod: true }],
      run: () => recapImports.choose(false),
    },
    { id: 'report.trip', title: 'Trip report…', shortcuts: [], run: () => report('report') },
    { id: 'report.notes-app', title: 'Export to notes app…', shortcuts: [], run: () => report('notes') },
    {
      id: 'schedule.import',
      title: 'Import a conference schedule…',
      shortcuts: [],
      run: () => scheduleImports.chooseAndImport(),
    },
  ];
}
