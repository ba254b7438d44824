import { afterAll, beforeAll, expect, test } from 'vitest';
import { createRoom, joinRoom, startTestServer, viewWhere, type TestServer } from './support';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => t.close());

test('smoke', async () => {
  const room = await createRoom(t.endpoint);
  const teacher = await joinRoom(t.endpoint, { code: room.code, role: 'teacher' }, room.token);
  const view = await viewWhere(teacher, 'teacher', () => true);
  expect(view.phase).toBe('briefing');
  const iran = await joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'iran', name: 'Ben' });
  const v2 = await viewWhere(iran, { delegation: 'iran' }, () => true);
  expect(v2.seat).toEqual({ delegation: 'iran' });
  const r = await teacher.client.request('act', { action: 'start' });
  console.log(JSON.stringify(r), t.lines);
  iran.link.close();
  teacher.link.close();
});
