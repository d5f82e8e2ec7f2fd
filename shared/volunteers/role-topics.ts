// Which *can offer* topics suit which role: someone who offers photography is a natural pick for
// photos. Keys are topic keys as normaliseTopicKey stores them (Japanese keys stay as typed).
export const ROLE_TOPICS: ReadonlyMap<string, readonly string[]> = new Map([
  ['reception', ['hospitality', 'community-management', 'customer-service', '受付']],
  ['setup', ['event-management', 'event-planning', 'logistics', '設営']],
  ['photos', ['photography', 'photo', 'camera', 'photo-editing', '写真', '撮影', 'カメラ']],
  [
    'mc',
    ['public-speaking', 'mc', 'hosting', 'facilitation', 'emcee', '司会', 'ファシリテーション'],
  ],
  [
    'streaming',
    [
      'video',
      'obs',
      'live-streaming',
      'streaming',
      'audio-visual',
      'video-production',
      '配信',
      '動画',
    ],
  ],
  ['cleanup', ['event-management', 'logistics']],
  ['timekeeper', ['facilitation', 'project-management']],
  ['catering', ['food', 'cooking', 'hospitality']],
  ['speaker-liaison', ['developer-relations', 'community-management', 'public-speaking']],
]);
