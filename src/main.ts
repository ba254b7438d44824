import { mountTextRound } from './text/text-round';

void mountTextRound(document.getElementById('app') as HTMLElement);
