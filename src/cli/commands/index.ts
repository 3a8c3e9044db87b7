// The registered commands of the `graph` CLI, in the order the help lists them.

import type { Command } from '../command';
import { auditCommand } from './audit';
import { exportCommand } from './exportGraph';
import { contradictionsCommand } from './insight/contradictions';
import { hubsCommand } from './insight/hubs';
import { knockoutCommand } from './insight/knockout';
import { matrixCommand } from './insight/matrix';
import { pathCommand } from './path';
import { referencesCommand } from './references';
import { searchCommand } from './search';
import { showCommand } from './show';
import { statsCommand } from './stats';
import { validateCommand } from './validate';

export const COMMANDS: readonly Command[] = [validateCommand, statsCommand, searchCommand, showCommand, pathCommand, matrixCommand, knockoutCommand, contradictionsCommand, hubsCommand, exportCommand, referencesCommand, auditCommand];
