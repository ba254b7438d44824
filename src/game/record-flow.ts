import type { SavedScreen } from '../client';
import type { Flow } from './flow';
import { autosave } from './play';
import { acceptUnverified, makeRoomForNewRound } from './replace-guard';

/**
 * Load record: the page has read the file; the host reads it (size, depth, prototype keys, its hash) and
 * replays it. A bad file gets a message on the menu and changes nothing. A good one asks before it is
 * loaded without an integrity check (an older record) and before it takes the place of a round in
 * progress, which is then kept in Settings' Kept saves.
 */
export async function loadRecord(flow: Flow, text: string): Promise<void> {
  const { shell, dialogs } = flow;
  const mine = flow.step();
  const check = await shell.client.request('checkRecord', { text });
  if (!flow.current(mine)) return;
  if (!check.ok) return flow.fail(check.refusal);
  if (!(await acceptUnverified(shell, dialogs, check.value))) return;
  if (!(await makeRoomForNewRound(shell, dialogs))) return;
  const reply = await shell.client.request('replay', { record: check.value.record });
  if (!reply.ok) return flow.fail(reply.refusal);
  const { phase } = reply.value;
  const screen: SavedScreen = phase === 'outcome' ? 'debrief' : 'table';
  const play = await flow.begin(reply.value, phase === 'briefing' ? 'briefing' : screen, {
    provenance: check.value.signature,
  });
  if (play !== null) autosave(play, screen);
}
