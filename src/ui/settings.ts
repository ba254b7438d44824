import { storeSettings, type Settings } from '../game/settings';

export type { Settings } from '../game/settings';

export function saveSettings(settings: Settings): void {
  storeSettings(settings);
  applySettings(settings);
}

export function applySettings(settings: Settings): void {
  document.documentElement.dataset.text = settings.textSize;
  document.documentElement.dataset.motion = settings.reduceMotion ? 'reduce' : 'full';
}
