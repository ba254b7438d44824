import type { Screens } from '../game/screens';
import { showBriefing } from './briefing';
import { showCampaignScreen } from './campaign-screen';
import { showHandover, showPrintCards } from './classroom-handover';
import { showReports } from './classroom-exports';
import { showClassroomSetup } from './classroom-setup';
import { showDebrief } from './debrief';
import { showPlenary } from './plenary';
import { showSources } from './sources';
import { showTable } from './table-screen';
import { showClassroomRoom } from './classroom-room';
import { showJoin } from './join-screen';
import { showProjector } from './projector-screen';
import { showSeatDevice } from './seat-device';
// The networked classroom's screens are styled in a sheet of their own, loaded with this chunk.
// oxlint-disable-next-line import/no-unassigned-import
import './network.css';

/** The round's screens, in one chunk the navigation fetches the first time it needs one. */
export const SCREENS: Omit<Screens, 'menu' | 'settings' | 'contentNote'> = {
  sources: showSources,
  classroomSetup: showClassroomSetup,
  campaign: showCampaignScreen,
  briefing: showBriefing,
  table: showTable,
  plenary: showPlenary,
  debrief: showDebrief,
  handover: showHandover,
  printCards: showPrintCards,
  reports: showReports,
  classroomRoom: showClassroomRoom,
  join: showJoin,
  seatDevice: showSeatDevice,
  projector: showProjector,
};
