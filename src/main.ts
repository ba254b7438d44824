import { boot } from './ui/boot';

void boot(document.getElementById('app') as HTMLElement);
