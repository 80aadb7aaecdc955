// `npm run content:check [path...]`: validates content folders (default `content/`) and previews
// what importing your own recap (a .md or .txt file, or a folder of them) or a conference schedule
// (.ics, .json, .xml) would bring, without changing anything. Exits 1 on any problem, so it can guard a commit or a CI step.
import { checkPaths, exitCodeFor, formatReports } from './content-check-report';

const usage = `usage: npm run content:check -- [path...]
  a folder   with conference.md files is checked as recap content (default: content)
  a recap    (a .md, .markdown or .txt file, or a folder of them) is previewed as a recap import: the
             talks found, their links with reason and confidence, the conference guessed, and every
             file or line skipped and why; matched against the content folders given, else content
  a schedule (.ics, .json or .xml: Sched, pretalx, frab, pentabarf) is previewed as a schedule import:
             sessions per day, tracks, rooms, speakers, entries skipped and why, and the recap talks it
             would link; it fails only when nothing of it can be imported`;

const args = process.argv.slice(2);
if (args.some((arg) => arg === '--help' || arg === '-h')) {
  console.log(usage);
} else if (args.some((arg) => arg.startsWith('-'))) {
  console.error(`unknown option: ${args.find((arg) => arg.startsWith('-'))}\n${usage}`);
  process.exitCode = 2;
} else {
  const reports = await checkPaths(args.length > 0 ? args : ['content'], 'content');
  for (const line of formatReports(reports)) console.log(line);
  process.exitCode = exitCodeFor(reports);
}
