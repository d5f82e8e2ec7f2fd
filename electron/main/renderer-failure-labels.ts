// The words of the messages the main process shows when the window's page crashes or hangs
// (renderer-failure-recovery.ts), in the app's two languages, following the system language.
import { appLanguageFor, type AppLanguage } from './system-language';

export interface RendererFailureLabels {
  title: string;
  goneMessage: string;
  goneDetail: string;
  hungMessage: string;
  hungDetail: string;
  reload: string;
  wait: string;
  quit: string;
}

const LABELS: Readonly<Record<AppLanguage, RendererFailureLabels>> = {
  en: {
    title: 'Hallway',
    goneMessage: 'The Hallway window stopped working.',
    goneDetail:
      'Everything you saved is kept; text you were typing and had not saved may be lost. Reload the window to go on.',
    hungMessage: 'The Hallway window is not responding.',
    hungDetail:
      'You can wait for it or reload it. Everything you saved is kept; if you reload, text you were typing and had not saved may be lost.',
    reload: 'Reload',
    wait: 'Wait',
    quit: 'Quit Hallway',
  },
  ja: {
    title: 'Hallway',
    goneMessage: 'Hallway のウィンドウが動作を停止しました。',
    goneDetail:
      '保存したデータはすべて残っています。入力中で保存していなかった内容は失われることがあります。ウィンドウを再読み込みして続けてください。',
    hungMessage: 'Hallway のウィンドウが応答していません。',
    hungDetail:
      'このまま待つか、再読み込みできます。保存したデータはすべて残っています。再読み込みすると、入力中で保存していなかった内容は失われることがあります。',
    reload: '再読み込み',
    wait: '待つ',
    quit: 'Hallway を終了',
  },
};

export function rendererFailureLabelsFor(
  preferredLanguages: readonly string[],
): RendererFailureLabels {
  return LABELS[appLanguageFor(preferredLanguages)];
}
