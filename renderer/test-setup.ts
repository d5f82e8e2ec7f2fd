// Unit tests run Dexie against an in-memory IndexedDB; FC_SEED/FC_PATH replay a failed
// fast-check property (renderer/fast-check-replay.ts).
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { fastCheckReplayParameters } from './fast-check-replay';

const fastCheckReplay = fastCheckReplayParameters(process.env);
if (fastCheckReplay) fc.configureGlobal(fastCheckReplay);
