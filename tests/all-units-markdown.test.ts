/**
 * The renderer's unit tests (tests/markdown/), in one process: see tests/helpers/unit-files.ts.
 * node --test starts files in sorted order: the aggregators' names put them first, so their long
 * processes are not the last thing left running. Each file still runs alone:
 * `node --test tests/markdown/abbr.test.ts`.
 */
import { importUnitTests, UNIT_FOLDERS } from './helpers/unit-files.ts';

importUnitTests(UNIT_FOLDERS.markdown);
