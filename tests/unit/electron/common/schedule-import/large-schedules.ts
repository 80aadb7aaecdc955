// Schedules of 1,000 sessions over four days and ten rooms, in each format, built in memory.

/** How many sessions each large schedule has. */
export const count = 1000;
const slot = (index: number) => ({
  day: 1 + (index % 4),
  room: `Room ${index % 10}`,
  hour: 9 + (Math.floor(index / 40) % 9),
  minute: Math.floor(index / 4) % 4 === 0 ? '00' : '30',
});
const pad = (n: number) => String(n).padStart(2, '0');

/** A Sched-style iCalendar of `count` sessions, folded and escaped. */
export function largeIcs(): string {
  const events = Array.from({ length: count }, (_, index) => {
    const { day, room, hour, minute } = slot(index);
    return [
      'BEGIN:VEVENT',
      `UID:session-${index}@sched.example`,
      `DTSTART;TZID=Europe/Amsterdam:202303${pad(20 + day)}T${pad(hour)}${minute}00`,
      'DURATION:PT25M',
      `SUMMARY:Session ${index}: Harbour Patterns - Speaker Number${index}\\, Harbour Labs`,
      `LOCATION:${room}`,
      'CATEGORIES:Harbour',
      `DESCRIPTION:About session ${index}\\, folded and escaped`,
      ' so that unfolding is part of the work.',
      'END:VEVENT',
    ].join('\r\n');
  });
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Big Harbour\r\nX-WR-TIMEZONE:Europe/Amsterdam\r\n${events.join('\r\n')}\r\nEND:VCALENDAR\r\n`;
}

/** A pretalx JSON schedule of `count` sessions. */
export function largeJson(): string {
  const days = [1, 2, 3, 4].map((day) => ({
    index: day,
    date: `2023-03-${pad(20 + day)}`,
    rooms: {} as Record<string, unknown[]>,
  }));
  for (let index = 0; index < count; index += 1) {
    const { day, room, hour, minute } = slot(index);
    const rooms = days[day - 1]!.rooms;
    (rooms[room] ??= []).push({
      id: index + 1,
      guid: `guid-${index}`,
      start: `${pad(hour)}:${minute}`,
      duration: '00:25',
      room,
      title: `Session ${index}: Harbour Patterns`,
      abstract: '<p>About the session.</p>',
      persons: [{ public_name: `Speaker ${index}` }],
      links: [],
    });
  }
  return JSON.stringify(
    { schedule: { version: '1', conference: { title: 'Big Harbour', time_zone_name: 'Europe/Amsterdam', days } } },
    null,
    2,
  );
}

/** A frab XML schedule of `count` sessions. */
export function largeXml(): string {
  const days = [1, 2, 3, 4].map((day) => {
    const rooms = new Map<string, string[]>();
    for (let index = 0; index < count; index += 1) {
      const place = slot(index);
      if (place.day !== day) continue;
      const events = rooms.get(place.room) ?? [];
      events.push(
        `<event id="${index + 1}"><start>${pad(place.hour)}:${place.minute}</start><duration>00:25</duration>` +
          `<room>${place.room}</room><title>Session ${index}: Harbour &amp; Patterns</title>` +
          `<abstract>&lt;p&gt;About the session.&lt;/p&gt;</abstract>` +
          `<persons><person id="${index}">Speaker ${index}</person></persons><links/></event>`,
      );
      rooms.set(place.room, events);
    }
    const roomXml = [...rooms].map(([name, events]) => `<room name="${name}">\n${events.join('\n')}\n</room>`);
    return `<day index="${day}" date="2023-03-${pad(20 + day)}">\n${roomXml.join('\n')}\n</day>`;
  });
  return `<?xml version="1.0"?>\n<schedule><conference><title>Big Harbour</title><time_zone_name>Europe/Amsterdam</time_zone_name></conference>\n${days.join('\n')}\n</schedule>`;
}
