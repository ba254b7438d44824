import type { RoomSetup } from '../client';

/**
 * The rooms this browser created as the teacher, with their tokens (localStorage `astana.classroom.rooms`),
 * so that the teacher's device can come back to a room after a reload or a closed tab. The token is the only
 * key to the teacher's console; it never leaves this device but to the room's own server.
 */
export const ROOMS_KEY = 'astana.classroom.rooms';

export interface TeacherRoom {
  readonly code: string;
  readonly token: string;
  readonly setup: RoomSetup;
  readonly created: string;
}

export function teacherRooms(): TeacherRoom[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(ROOMS_KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (r): r is TeacherRoom =>
        typeof r === 'object' &&
        r !== null &&
        typeof (r as TeacherRoom).code === 'string' &&
        typeof (r as TeacherRoom).token === 'string' &&
        typeof (r as TeacherRoom).setup === 'object',
    );
  } catch {
    return [];
  }
}

/** Keeps a new room first; the ten latest only. */
export function rememberRoom(room: TeacherRoom): void {
  const rooms = [room, ...teacherRooms().filter((r) => r.code !== room.code)].slice(0, 10);
  try {
    localStorage.setItem(ROOMS_KEY, JSON.stringify(rooms));
  } catch {
    // Private mode: the teacher keeps the room while this page is open.
  }
}

export function forgetRoom(code: string): void {
  try {
    localStorage.setItem(ROOMS_KEY, JSON.stringify(teacherRooms().filter((r) => r.code !== code)));
  } catch {
    // Nothing was kept.
  }
}
