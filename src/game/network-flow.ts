import {
  Client,
  createClassroom,
  joinClassroom,
  roomSummary,
  type DelegationId,
  type JoinOptions,
  type RoomLink,
  type RoomSetup,
  type RoundId,
  type Transport,
  type ViewSeat,
} from '../client';
import { forgetRoom, rememberRoom, teacherRooms, type TeacherRoom } from './classroom-rooms';
import type { Flow } from './flow';
import type { Lesson } from './lesson';
import type { Nav, Play } from './play';
import type { JoinScreen, LessonChoice } from './screens';
import type { Shell } from './shell';

/** What joining came to: a refusal to show, or nothing (the device's screen is showing). */
type Outcome = { readonly error: string } | null;

/** The views a device keeps from before its first screen: the table, the console, the seat or the projector. */
const seatsOf = (principal: RoomLink['principal']): ViewSeat[] =>
  principal === 'teacher' ? ['mediator', 'teacher'] : [principal === 'mediator' ? 'mediator' : principal];

/**
 * The networked classroom's flow (issue 15): the teacher's room from the set-up form, and every other device's
 * way in by the join code. Each device gets a client of its own over the room's link, and the same screens
 * as the one-device lesson, each showing only the views its seat may have.
 */
export function networkFlow(flow: Flow) {
  const { shell, screens } = flow;
  const { t } = shell;

  async function open(link: RoomLink & Transport, round: RoundId, setup: RoomSetup | null): Promise<Outcome> {
    const mine = flow.step();
    const client = new Client(link, link.principal);
    const netShell: Shell = { ...shell, client };
    const content = await client.request('content', { round });
    if (!content.ok) {
      client.close();
      return { error: t(content.refusal.key) };
    }
    const seats = seatsOf(link.principal);
    const stops = seats.map((seat) => client.watch(seat, () => undefined));
    const first = await client.viewOf(seats[0] ?? 'projector', 1);
    if (!flow.current(mine)) {
      client.close();
      return null;
    }
    flow.leave(true);
    const lesson: Lesson | null =
      link.principal === 'teacher'
        ? {
            names: setup?.names ?? {},
            mediator: setup?.mediator ?? t('ui.classroom.teacher'),
            limitMs: link.clock().limitMs,
            usedMs: 0,
            since: null,
            room: {
              usedMs: () => link.clock().usedMs,
              paused: () => link.clock().paused,
              setPaused: (paused) => link.setPaused(paused),
            },
          }
        : null;
    let leaving = false;
    const leave = (): void => {
      leaving = true;
      for (const stop of stops) stop();
      client.close();
    };
    const nav: Nav = {
      table: () => void screens.table(play),
      plenary: () => void screens.plenary(play),
      debrief: () => void screens.debrief(play),
      menu: () => {
        leave();
        flow.menu();
      },
      again: () => undefined,
      campaign: () => undefined,
      briefing: () => void screens.briefing(play),
      // The room's round starts again from that move, for every device; this one redraws its table.
      fork: (upTo) =>
        void client.request('fork', { upTo }).then((reply) => {
          if (!reply.ok) return;
          play.shownLog = 0;
          void screens.table(play);
        }),
      handover: () => void screens.classroomRoom(play),
      printCards: (back) => void screens.printCards(play, back),
      reports: () => void screens.reports(play),
      room: () => void screens.classroomRoom(play),
    };
    const selected = content.value.delegations[0] ?? 'russia';
    const play: Play = {
      shell: netShell,
      content: content.value,
      epoch: 1,
      nav,
      campaign: false,
      campaignPlace: null,
      lesson,
      selected,
      shownLog: 0,
      unsaved: null,
      recorded: null,
      network: link,
    };
    link.onClose((reason) => {
      if (reason === 'ended' && link.principal === 'teacher') forgetRoom(link.code);
      if (leaving) return;
      leave();
      shell.notice = t(
        reason === 'ended' ? 'ui.network.ended' : reason === 'refused' ? 'ui.network.refused' : 'ui.network.lost',
      );
      flow.menu();
    });
    const { principal } = link;
    if (principal === 'teacher') void screens.classroomRoom(play);
    else if (principal === 'projector') void screens.projector(play);
    else if (principal === 'mediator')
      void (first.phase === 'briefing'
        ? screens.briefing(play)
        : first.phase === 'consultations' || first.phase === 'opening'
          ? screens.table(play)
          : first.phase === 'plenary'
            ? screens.plenary(play)
            : screens.debrief(play));
    else void screens.seatDevice(play, principal.delegation);
    return null;
  }

  async function joinAs(options: JoinOptions, round: RoundId, token?: string, setup?: RoomSetup): Promise<Outcome> {
    const joined = await joinClassroom(options, token);
    if (!joined.ok) return { error: joined.error };
    return open(joined.link, round, setup ?? null);
  }

  /** The set-up form's "Run on this network": a room on the server, then its code and QR for the class. */
  async function teach(round: RoundId, choice: LessonChoice, studentMediator: boolean): Promise<Outcome> {
    const setup: RoomSetup = {
      round,
      seed: choice.seed,
      difficulty: choice.difficulty,
      controllers: choice.controllers,
      names: choice.names,
      mediator: choice.mediator,
      studentMediator,
      minutes: choice.minutes,
    };
    const created = await createClassroom(setup);
    if (!created.ok) return { error: t('ui.network.createFailed', { reason: created.error }) };
    const kept: TeacherRoom = { ...created.room, setup, created: new Date().toISOString() };
    rememberRoom(kept);
    return joinAs({ code: kept.code, role: 'teacher' }, round, kept.token, setup);
  }

  const joinScreen: JoinScreen = {
    lookUp: roomSummary,
    join: (options, round) => joinAs(options, round),
    rooms: () => teacherRooms().map((r) => ({ code: r.code, round: r.setup.round, created: r.created })),
    rejoin: async (code) => {
      const kept = teacherRooms().find((r) => r.code === code);
      if (kept === undefined) return { error: t('ui.network.noRoom') };
      const outcome = await joinAs({ code, role: 'teacher' }, kept.setup.round, kept.token, kept.setup);
      if (outcome !== null && (await roomSummary(code)) === null) forgetRoom(code);
      return outcome;
    },
    back: () => flow.menu(),
  };

  return {
    teach,
    /** The join screen, with the code from the QR's address filled in. */
    join: (code = '') => void screens.join(shell, joinScreen, code),
  };
}

export type NetworkFlow = ReturnType<typeof networkFlow>;
export type { DelegationId };
