// Names for sample people: Latin names from several countries, and Japanese names in kanji with
// their hiragana reading and romaji (the romaji goes into e-mail addresses and notes, so a search
// for "yamada" finds 山田 花子). Kept as compact strings: one entry per comma, Japanese entries as
// "kanji reading romaji".

export interface JapaneseNamePart {
  kanji: string;
  reading: string;
  romaji: string;
}

function parseJapaneseNames(entries: string): JapaneseNamePart[] {
  return entries.split(',').map((entry) => {
    const [kanji, reading, romaji] = entry.trim().split(' ');
    return { kanji, reading, romaji };
  });
}

export const LATIN_GIVEN_NAMES: readonly string[] = (
  'Ada, Alan, Alice, Amir, Ana, Anna, Arjun, Ben, Bianca, Carlos, Chen, Chloe, ' +
  'Clara, Daniel, David, Diego, Elena, Elif, Emma, Erik, Fatima, Felix, Grace, ' +
  'Hannah, Hugo, Ines, Isaac, Ivan, Jakob, James, Jana, Javier, Jonas, Julia, Kai, ' +
  'Karim, Katarzyna, Laura, Leon, Lina, Lucas, Lucia, Maja, Marco, Maria, Mateo, ' +
  'Maya, Mei, Mia, Mohammed, Nadia, Noah, Nora, Oliver, Olivia, Omar, Pablo, Paul, ' +
  'Priya, Rafael, Rosa, Sam, Sara, Sofia, Stefan, Tariq, Thomas, Tobias, ' +
  'Valentina, Victor, Wei, Yasmin, Yusuf, Zoe'
).split(', ');

export const LATIN_FAMILY_NAMES: readonly string[] = (
  'Ahmed, Andersen, Becker, Bianchi, Brown, Chen, Costa, Dubois, Fernandes, ' +
  'Fischer, García, Gonzalez, Hansen, Hoffmann, Ivanova, Jansen, Johnson, Kaur, ' +
  'Khan, Kim, Kowalski, Lambert, Lee, Lopez, Martin, Meyer, Moreau, Müller, ' +
  "Nguyen, Nielsen, Novak, O'Brien, Okafor, Patel, Petrov, Richter, Rossi, Santos, " +
  'Schmidt, Schneider, Silva, Singh, Smith, Svensson, Taylor, Van Dijk, Wagner, ' +
  'Walker, Weber, Williams, Wilson, Wong, Yilmaz, Zhang, Zimmermann'
).split(', ');

export const JAPANESE_FAMILY_NAMES: readonly JapaneseNamePart[] = parseJapaneseNames(
  '佐藤 さとう sato, 鈴木 すずき suzuki, 高橋 たかはし takahashi, 田中 たなか tanaka, 伊藤 いとう ito, ' +
    '渡辺 わたなべ watanabe, 山本 やまもと yamamoto, 中村 なかむら nakamura, 小林 こばやし kobayashi, ' +
    '加藤 かとう kato, 吉田 よしだ yoshida, 山田 やまだ yamada, 佐々木 ささき sasaki, 山口 やまぐち yamaguchi, ' +
    '松本 まつもと matsumoto, 井上 いのうえ inoue, 木村 きむら kimura, 林 はやし hayashi, 斎藤 さいとう saito, ' +
    '清水 しみず shimizu, 山崎 やまざき yamazaki, 森 もり mori, 池田 いけだ ikeda, 橋本 はしもと hashimoto, ' +
    '阿部 あべ abe, 石川 いしかわ ishikawa, 山下 やました yamashita, 中島 なかじま nakajima, 石井 いしい ishii, ' +
    '小川 おがわ ogawa, 前田 まえだ maeda, 岡田 おかだ okada, 長谷川 はせがわ hasegawa, 藤田 ふじた fujita, ' +
    '後藤 ごとう goto, 近藤 こんどう kondo, 村上 むらかみ murakami, 遠藤 えんどう endo, 青木 あおき aoki, ' +
    '坂本 さかもと sakamoto, 斉藤 さいとう saito, 福田 ふくだ fukuda, 太田 おおた ota, 西村 にしむら nishimura, ' +
    '藤井 ふじい fujii, 金子 かねこ kaneko, 岡本 おかもと okamoto, 藤原 ふじわら fujiwara',
);

export const JAPANESE_GIVEN_NAMES: readonly JapaneseNamePart[] = parseJapaneseNames(
  '花子 はなこ hanako, 太郎 たろう taro, 翔太 しょうた shota, 陽菜 ひな hina, 結衣 ゆい yui, ' +
    '大輔 だいすけ daisuke, 健太 けんた kenta, 美咲 みさき misaki, 拓也 たくや takuya, 直樹 なおき naoki, ' +
    '由美 ゆみ yumi, 恵 めぐみ megumi, 翼 つばさ tsubasa, 蓮 れん ren, 葵 あおい aoi, さくら さくら sakura, ' +
    '優斗 ゆうと yuto, 彩 あや aya, 真由美 まゆみ mayumi, 誠 まこと makoto, 亮 りょう ryo, 愛 あい ai, ' +
    '悠真 ゆうま yuma, 明美 あけみ akemi, 和也 かずや kazuya, 陽子 ようこ yoko, 浩 ひろし hiroshi, ' +
    '千尋 ちひろ chihiro, 健一 けんいち kenichi, 智子 ともこ tomoko, 大樹 だいき daiki, 舞 まい mai, ' +
    '雄太 ゆうた yuta, 香織 かおり kaori, 隆 たかし takashi, 奈々 なな nana, 俊介 しゅんすけ shunsuke, ' +
    '瑞穂 みずほ mizuho, 剛 つよし tsuyoshi, 莉子 りこ riko, 颯太 そうた sota, 茜 あかね akane',
);
