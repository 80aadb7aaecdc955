// `npm run content:check [path...]`: validates content folders (default `content/`) and previews
// what importing a recap file (.md or .txt) or a conference schedule (.ics, .json, .xml) would
// bring, without changing anything. Exits 1 on any problem, so it can guard a commit or a CI step.
import { checkPaths, exitCodeFor, formatReports } from './content-check-report';

const usage = `usage: npm run content:check -- [path...]
  a folder   is checked as recap content (default: content)
  a file     (.md or .txt) is previewed as a recap import, matched against the folders given, else content
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
