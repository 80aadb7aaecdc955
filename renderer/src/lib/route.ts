// What the window shows, kept in the location hash so a reload opens the same place.

/** Which part of a recap is on screen. */
export type Route =
  | { view: 'overview'; conferenceId?: string }
  | { view: 'day'; conferenceId: string; day: number }
  | { view: 'booths'; conferenceId: string }
  | { view: 'item'; itemId: string }
  // The user's notes and highlights across the recap, and the deleted ones. `conferenceId` is never
  // in the hash; it is here so every route can say which conference the sidebar shows.
  | { view: 'annotations'; conferenceId?: string }
  | { view: 'trash'; conferenceId?: string }
  | { view: 'backups'; conferenceId?: string }
  // Sharing with the team: the team folder, who is in it, and the conflicts to settle.
  | { view: 'team'; conferenceId?: string }
  // Every action item across the recap.
  | { view: 'actions'; conferenceId?: string }
  // Every conference the user has, with what each holds.
  | { view: 'library'; conferenceId?: string }
  // A recap the user imported from their own file.
  | { view: 'recap'; recapId: string; conferenceId?: string }
  // The imported schedule of a conference, a day at a time. `day` is the day's position in the
  // schedule (1 = its first day), not the recap's day number: a schedule has days the recap lacks.
  | { view: 'agenda'; conferenceId: string; day?: number };

/** Reads a route from a location hash such as `#/kubecon-eu-2022/day/1`; anything unknown is the overview. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(safeDecode);
  const [first, second, third] = parts;
  if (first === 'item' && second) return { view: 'item', itemId: parts.slice(1).join('/') };
  if (first === 'annotations' && second === undefined) return { view: 'annotations' };
  if (first === 'trash' && second === undefined) return { view: 'trash' };
  if (first === 'backups' && second === undefined) return { view: 'backups' };
  if (first === 'team' && second === undefined) return { view: 'team' };
  if (first === 'actions' && second === undefined) return { view: 'actions' };
  if (first === 'library' && second === undefined) return { view: 'library' };
  if (first === 'recap' && second) return { view: 'recap', recapId: second };
  if (!first) return { view: 'overview' };
  if (second === 'day' && third !== undefined && /^\d+$/.test(third)) {
    return { view: 'day', conferenceId: first, day: Number(third) };
  }
  if (second === 'booths') return { view: 'booths', conferenceId: first };
  if (second === 'agenda') {
    const day = third !== undefined && /^[1-9]\d*$/.test(third) ? Number(third) : undefined;
    return { view: 'agenda', conferenceId: first, ...(day === undefined ? {} : { day }) };
  }
  return { view: 'overview', conferenceId: first };
}

/** Writes a route as a location hash. */
export function routeHash(route: Route): string {
  switch (route.view) {
    case 'overview':
      return route.conferenceId ? `#/${encodeURIComponent(route.conferenceId)}` : '#/';
    case 'day':
      return `#/${encodeURIComponent(route.conferenceId)}/day/${route.day}`;
    case 'booths':
      return `#/${encodeURIComponent(route.conferenceId)}/booths`;
    case 'item':
      return `#/item/${route.itemId.split('/').map(encodeURIComponent).join('/')}`;
    case 'annotations':
      return '#/annotations';
    case 'trash':
      return '#/trash';
    case 'backups':
      return '#/backups';
    case 'team':
      return '#/team';
    case 'actions':
      return '#/actions';
    case 'library':
      return '#/library';
    case 'recap':
      return `#/recap/${encodeURIComponent(route.recapId)}`;
    case 'agenda':
      return `#/${encodeURIComponent(route.conferenceId)}/agenda${route.day === undefined ? '' : `/${route.day}`}`;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
