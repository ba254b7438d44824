import type { TFunction } from 'i18next';
import type { DelegationId, ScenarioContent } from '../client';
import { pick } from '../i18n/content';
import { flagShapes, type FlagShape } from '../scenes/flag-shapes';

/** Small translations the screens share: heads, flags, the clock. */
export const headOf = (content: ScenarioContent, id: DelegationId, locale: string): string => {
  const seat = content.seats[id];
  return seat === undefined ? '' : pick(seat.head, locale);
};

export const flagOf = (content: ScenarioContent, id: DelegationId): FlagShape[] => {
  const profile = content.profiles[id];
  return profile === undefined ? [] : flagShapes(profile.flag, id);
};

/** The talks open at 10:00 on the first day and run eight hours a day. */
export function clockWords(t: TFunction, minute: number, limit: number): { clock: string; left: string } {
  const day = Math.floor(minute / 480) + 1;
  const inDay = minute % 480;
  const hh = 10 + Math.floor(inDay / 60);
  const mm = inDay % 60;
  const leftMin = Math.max(0, limit - minute);
  return {
    clock: t('ui.clock.day', { day, time: hh * 60 + mm }),
    left: t('ui.clock.left', { hours: Math.floor(leftMin / 60), minutes: leftMin % 60 }),
  };
}

export const minutesText = (t: TFunction, minutes: number): string => t('ui.actions.cost', { minutes });
