// Generated conference schedules for the schedule-import bench: the same N sessions written as
// frab XML, pretalx/frab JSON and a Sched-style iCalendar file. Deterministic.

/** One generated session. */
interface GeneratedSession {
  id: number;
  day: number;
  date: string;
  start: string;
  room: string;
  title: string;
  speaker: string;
  track: string;
  abstract: string;
}

const topics = [
  'Operators',
  'eBPF',
  'Service Mesh',
  'GitOps',
  'Autoscaling',
  'Supply Chain',
  'Observability',
  'Storage',
];
const verbs = ['Taming', 'Scaling', 'Debugging', 'Securing', 'Migrating', 'Measuring', 'Operating', 'Testing'];
const things = ['Clusters', 'Pipelines', 'Controllers', 'Gateways', 'Workloads', 'Registries', 'Runtimes', 'Queues'];
const names = ['Ana Ribeiro', 'Jonas Berg', 'Mei Tanaka', 'Luis Ortega', 'Priya Natarajan', 'Tomasz Wiśniewski'];

/** The sessions of a schedule of `count` sessions over three days, 20 rooms, 30-minute slots from 09:00. */
export function generateSessions(count: number): GeneratedSession[] {
  return Array.from({ length: count }, (_, id) => {
    const day = Math.floor((id * 3) / count);
    const slot = Math.floor((id % Math.ceil(count / 3)) / 20);
    const minutes = 9 * 60 + slot * 30;
    return {
      id: 1000 + id,
      day,
      date: `2023-04-${String(12 + day).padStart(2, '0')}`,
      start: `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
      room: `Room ${(id % 20) + 1}`,
      title: `${verbs[id % 8]} ${topics[(id >> 3) % 8]} ${things[(id >> 6) % 8]} number ${id}`,
      speaker: names[id % names.length] ?? 'Someone',
      track: topics[id % 8] ?? 'General',
      abstract: `What we learned ${verbs[(id + 3) % 8]?.toLowerCase()} ${things[id % 8]?.toLowerCase()} & friends <in> session ${id}.`,
    };
  });
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A frab/pentabarf schedule.xml. */
export function frabXml(sessions: readonly GeneratedSession[]): string {
  const days = [0, 1, 2].map((day) => {
    const ofDay = sessions.filter((s) => s.day === day);
    const rooms = [...new Set(ofDay.map((s) => s.room))];
    const roomXml = rooms.map((room) => {
      const events = ofDay
        .filter((s) => s.room === room)
        .map(
          (s) => `      <event id="${s.id}" guid="bench-${s.id}">
        <date>${s.date}T${s.start}:00+02:00</date><start>${s.start}</start><duration>00:30</duration>
        <room>${room}</room><slug>bench-${s.id}</slug><title>${xmlEscape(s.title)}</title><subtitle/>
        <track>${s.track}</track><type>Talk</type><language>en</language>
        <abstract>${xmlEscape(`<p>${xmlEscape(s.abstract)}</p>`)}</abstract><description/>
        <persons><person id="${s.id}">${s.speaker}</person></persons>
        <links><link href="https://video.example/${s.id}.mp4">Video recording</link></links>
      </event>`,
        )
        .join('\n');
      return `    <room name="${room}">\n${events}\n    </room>`;
    });
    return `  <day index="${day + 1}" date="2023-04-${12 + day}">\n${roomXml.join('\n')}\n  </day>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <version>bench</version>
  <conference><title>Bench Conf 2023</title><acronym>bench23</acronym><start>2023-04-12</start><end>2023-04-14</end>
  <days>3</days><time_zone_name>Europe/Amsterdam</time_zone_name></conference>
${days.join('\n')}
</schedule>
`;
}

/** A pretalx/frab JSON schedule (c3voc shape). */
export function frabJson(sessions: readonly GeneratedSession[]): string {
  const days = [0, 1, 2].map((day) => {
    const rooms: Record<string, unknown[]> = {};
    for (const s of sessions.filter((x) => x.day === day)) {
      (rooms[s.room] ??= []).push({
        id: s.id,
        guid: `bench-${s.id}`,
        date: `${s.date}T${s.start}:00+02:00`,
        start: s.start,
        duration: '00:30',
        room: s.room,
        slug: `bench-${s.id}`,
        url: `https://bench.example/talk/${s.id}`,
        title: s.title,
        subtitle: '',
        track: s.track,
        type: 'Talk',
        language: 'en',
        abstract: s.abstract,
        description: '',
        persons: [{ id: s.id, public_name: s.speaker }],
        links: [],
        attachments: [],
      });
    }
    return { index: day + 1, date: `2023-04-${12 + day}`, rooms };
  });
  const conference = {
    acronym: 'bench23',
    title: 'Bench Conf 2023',
    start: '2023-04-12',
    end: '2023-04-14',
    daysCount: 3,
    time_zone_name: 'Europe/Amsterdam',
    days,
  };
  return JSON.stringify({ schedule: { version: 'bench', conference } }, null, 2);
}

const icsEscape = (text: string) => text.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;');
const icsTime = (date: string, start: string, plusMinutes: number) => {
  const instant = new Date(Date.parse(`${date}T${start}:00+02:00`) + plusMinutes * 60_000);
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
};

/** A Sched-style iCalendar export: "Title - Speaker, Org", UTC times. */
export function schedIcs(sessions: readonly GeneratedSession[]): string {
  const events = sessions.flatMap((s) => [
    'BEGIN:VEVENT',
    `UID:bench-${s.id}@sched.example`,
    'DTSTAMP:20230401T000000Z',
    `DTSTART:${icsTime(s.date, s.start, 0)}`,
    `DTEND:${icsTime(s.date, s.start, 30)}`,
    `SUMMARY:${icsEscape(`${s.title} - ${s.speaker}, Bench Org`)}`,
    `CATEGORIES:${icsEscape(s.track)}`,
    `LOCATION:${icsEscape(s.room)}`,
    `DESCRIPTION:${icsEscape(s.abstract)}`,
    'END:VEVENT',
  ]);
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Debrief bench//EN',
    'X-WR-CALNAME:Bench Conf 2023',
    'X-WR-TIMEZONE:Europe/Amsterdam',
    ...events,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
