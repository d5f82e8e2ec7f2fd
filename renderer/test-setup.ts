// Unit tests run Dexie against an in-memory IndexedDB; FC_SEED/FC_PATH replay a failed
// fast-check property (renderer/fast-check-replay.ts). Component tests wait for what the app
// shows as long as a person would on a loaded two-core machine (a second suite running beside
// this one), not Testing Library's one second: a wait that ends early is a flake, not a finding.
import { configure } from '@testing-library/dom';
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { fastCheckReplayParameters } from './fast-check-replay';
import { loadLanguageResources } from './i18n/resources';

const fastCheckReplay = fastCheckReplayParameters(process.env);
if (fastCheckReplay) fc.configureGlobal(fastCheckReplay);

configure({ asyncUtilTimeout: 10_000 });

// Japanese loads on demand in the app; tests create their i18n in either language at once.
await loadLanguageResources('ja');
