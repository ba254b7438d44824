import type { CreatedRoom, JoinOptions, RoomSetup, RoomSummary, ServerInfo } from './classroom-protocol';
import type { ColyseusLink } from './colyseus-transport';

/**
 * The page's way to a classroom server (issue 15): whether the page came from one, a new room from the
 * teacher's set-up, a room's seats by its code, and a device's link to the room. The Colyseus client is
 * loaded only when a device joins: single play and the one-device lesson never fetch it.
 */
async function getJson<T>(url: string, init?: RequestInit): Promise<{ status: number; body: T | null }> {
  try {
    const res = await fetch(url, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
    const type = res.headers.get('Content-Type') ?? '';
    return { status: res.status, body: type.includes('application/json') ? ((await res.json()) as T) : null };
  } catch {
    return { status: 0, body: null };
  }
}

/** The classroom server's addresses, or null when the page was served without one (vite preview, a file host). */
export async function classroomServer(): Promise<ServerInfo | null> {
  // The classroom server marks the page it serves; any other host is not one, and is not asked.
  if (document.querySelector('meta[name="astana-classroom"]') === null) return null;
  const { status, body } = await getJson<ServerInfo>('/api/classroom');
  return status === 200 && body?.classroom === true ? body : null;
}

export type Created =
  | { readonly ok: true; readonly room: CreatedRoom }
  | { readonly ok: false; readonly error: string };

export async function createClassroom(setup: RoomSetup): Promise<Created> {
  const { status, body } = await getJson<CreatedRoom & { error?: string }>('/api/classroom/rooms', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(setup),
  });
  if (status === 201 && body !== null) return { ok: true, room: { code: body.code, token: body.token } };
  return { ok: false, error: body?.error ?? (status === 0 ? 'unreachable' : `HTTP ${status}`) };
}

/** A room's seats by its code; null when there is none, 'unreachable' when the server did not answer. */
export async function roomSummary(code: string): Promise<RoomSummary | null | 'unreachable'> {
  const { status, body } = await getJson<RoomSummary>(`/api/classroom/rooms/${encodeURIComponent(code)}`);
  if (status === 200 && body !== null) return body;
  return status === 404 ? null : 'unreachable';
}

export type Joined =
  | { readonly ok: true; readonly link: ColyseusLink }
  | { readonly ok: false; readonly error: string };

/** Joins a room on this page's own server; a refusal comes back as the server's sentence. */
export async function joinClassroom(options: JoinOptions, token?: string): Promise<Joined> {
  try {
    const { ColyseusLink } = await import('./colyseus-transport');
    return { ok: true, link: await ColyseusLink.join(location.origin, options, token) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
