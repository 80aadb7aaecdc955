// `npm run content:check [path...]`: validates content folders (default `content/`) and previews
// what importing a recap file (.md or .txt) would bring, without changing anything. Exits 1 on
// any problem, so it can guard a commit or a CI step.
import { checkPaths, exitCodeFor, formatReports } from './content-check-report';

const usage = `usage: npm run content:check -- [path...]
  a folder   is checked as recap content (default: content)
  a file     (.md or .txt) is previewed as a recap import, matched against the folders given, else content`;

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
