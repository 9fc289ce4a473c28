// Regular kinds of drift found on drafts written outside the team (evaluation splits dev7 and
// dev8), each tested as a kind with the correct text a precision review set against it.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { derivationOf, inflectionOf } from '../../server/src/core/phraseTokens';
import { assertFindings, assertOnlySuggestions, onlyFinding } from '../support/assertions';

describe('word forms', () => {
  test('a consonant doubled before -ing or -ed is one word with its base', () => {
    assert.ok(inflectionOf('running', 'run'));
    assert.ok(inflectionOf('planned', 'plan'));
    // Words that end in a doubled letter keep it.
    assert.ok(inflectionOf('filling', 'fill'));
    assert.ok(!inflectionOf('filling', 'fil'));
    assertFindings('We managed to keep the economy run in a reasonable range.', ['term-inflection']);
  });

  test('a word of another class: a derivational ending changed, an -ing form for a noun', () => {
    assert.ok(derivationOf('development', 'developing'));
    assert.ok(derivationOf('integrated', 'integrative'));
    assert.ok(derivationOf('plans', 'planning'));
    assert.ok(!derivationOf('running', 'run'));
    assert.ok(!derivationOf('development', 'devout'));
  });

  test('it stands for the phrasing\'s word only where that word modifies the next', () => {
    assertFindings('Actively integrate into the new developing pattern.', ['term-inflection']);
    assertFindings('We will deepen the integrative development of cultural tourism in the county.', ['term-inflection']);
    assertOnlySuggestions('Actively integrate into the new developing pattern.');
    // After "a" it describes one of a kind.
    assertFindings('Forecasters noticed a new developing pattern of late-summer storms.', []);
  });

  test('a verb before the rest of the phrasing, or a word heading another phrase, is other English', () => {
    assertFindings('We will focus on modernizing the industrial supply chain.', []);
    assertFindings('In 2021 the district employed priority policies for veterans.', []);
    assertFindings('Taking the lead in foreign trade and investing in new corridors.', []);
    assertFindings('It shares its experience with innovation-driven developing economies.', []);
    assertFindings('High-quality developed land parcels will be released first.', []);
    assertFindings('Major planning, projects, platforms and policies must be coordinated.', []);
  });

  test('a participle\'s verb after a modal takes the rest as its object', () => {
    assertFindings('We will coordinate development of urban and rural areas in the county.', []);
    assertFindings('The coordinate development of urban and rural areas will be promoted.', ['coordinated-development-of-urban-and-rural-areas']);
  });
});

describe('order', () => {
  test('two opening modifiers swapped, never the head noun, named in the message', () => {
    const [f] = assertFindings('Implement priority employment policies and create new urban jobs.', ['term-order']);
    assert.match(f.message, /"priority employment" where the official phrasing has "employment priority"/);
    assertFindings('We will strive for the layout of strategic national scientific and technological forces.', ['term-order']);
    assertOnlySuggestions('Implement priority employment policies and create new urban jobs.');
    assertFindings('Employment policies with priority for graduates will be kept.', []);
  });

  test('a swap with a word of another class is too loose', () => {
    assertFindings('Local firms are developing new pattern recognition tools.', []);
  });
});

describe('Chinese order: the whole form as two parts', () => {
  test('two coordinated parts swapped, parallel or with 、 between them', () => {
    assert.equal(onlyFinding('推动绿色发展生态优先。').ruleId, 'zh-order');
    assert.equal(onlyFinding('坚持绿色发展、生态优先。').ruleId, 'zh-order');
  });

  test('a modifier and its noun in the other order, or two clauses, are phrases of their own', () => {
    assertFindings('迈进中国特色社会主义新时代，建设智能化大数据平台，构建现代化产业链供应链。', []);
    assertFindings('我们始终坚持绿色发展，生态优先是底线。', []);
  });
});

describe('a number variant before a singular verb', () => {
  test('is a suggestion: the fix would break the agreement', () => {
    assertOnlySuggestions('The upper reach of the Yangtze River, which runs through Chongqing, is fragile.');
    assert.equal(onlyFinding('We will protect the upper reach of the Yangtze River.').fixable, true);
  });
});

describe('a fix keeps the draft\'s capital on a phrasing with a name', () => {
  test('the same first word, capitalised, stays capitalised', () => {
    assert.equal(onlyFinding('Build Pengshui into a key destination of Southestern Chongqing.').replacement, 'Southeastern Chongqing');
  });

  test('another first word, a first word before no name, or a phrasing of common words, takes the official case', () => {
    assert.equal(onlyFinding('We studied Socialism With Chinese Characteristic In The New Era today.').replacement, 'socialism with Chinese characteristics in the new era');
    assert.equal(onlyFinding('Build Pengshui into a key destination of Yudongnan.').replacement, 'southeastern Chongqing');
    assert.equal(onlyFinding('We will pursue High-quality development this year.').replacement, 'high-quality development');
  });
});

describe('a determiner belongs to the noun before a preposition', () => {
  test('"a batch of" and "one of the" leave the phrasing bare', () => {
    assertFindings('Cultivate a batch of first-class innovation subject this year.', ['term-inflection']);
    assertFindings('This is one of the first-class innovation park in the city.', ['term-inflection']);
  });

  test('a determiner of the phrasing itself, or of a noun that names a kind, makes it one thing', () => {
    assertFindings('Each district will build a first-class innovation park.', []);
    assertFindings('It is one of the first-class innovation parks in the city.', []);
    assertFindings('Each type of first-class innovation park will receive a tailored support package.', []);
    assertFindings('A new type of first-class innovation park will open in Bishan.', []);
  });
});

describe('articles the readout writes or leaves out (split dev9)', () => {
  test('a singular count noun the readout writes with "the" after a preposition, left bare after one in prose', () => {
    const f = onlyFinding('We integrated into new development pattern by linking our plants with the corridor.');
    assert.deepEqual([f.ruleId, f.actual, f.replacement, f.fixable], ['term-function-word', 'new development pattern', 'the new development pattern', false]);
    assertFindings('- Integrate into new development pattern', []);
    assertFindings('We integrated into the new development pattern.', []);
    // Headlines and list items drop articles as a style; a noun it modifies takes the article.
    assertFindings('Chongqing integrates into new development pattern', []);
    assertFindings('We studied its role in new development pattern building.', []);
  });

  test('"the" before a mass noun after the readout\'s own word, the phrase going on at a preposition', () => {
    assert.equal(onlyFinding('We will promote the common prosperity through consumer assistance.').replacement, 'common prosperity');
    // "of", a relative clause or "and" may make it particular.
    assertFindings('We will promote the common prosperity of all residents.', []);
    assertFindings('We will promote the common prosperity that the plan describes.', []);
    assertFindings('They promote the common prosperity and stability of the county.', []);
    // After another word "the" may mean a particular case.
    assertFindings('Residents discussed the common prosperity in their villages.', []);
  });
});

describe('number after the readout\'s own word (split dev10)', () => {
  test('a comma before an example or the next verb of a series ends the noun phrase', () => {
    assertFindings('We will expand institutional openness by smoothing open channel, including the railway.', ['term-inflection']);
    // More modifiers sharing a plural head are a list.
    assertFindings('We will expand institutional openness by smoothing open channel, rail and road networks.', []);
  });

  test('a word in -ing before the phrasing is its verb unless a determiner or an adverb opens it', () => {
    assertFindings('This means building first-class innovation park, cultivating talent.', ['term-inflection']);
    assertFindings('It is a leading first-class innovation park.', []);
    assertFindings('It is the most promising first-class innovation park in the city.', []);
    assertFindings('It is the largest first-class innovation park in the west.', []);
  });

  test('a plural of a mass phrasing past a "the" the readout writes too', () => {
    assertFindings('We will coordinate the systematic managements of mountains and rivers.', ['term-inflection']);
    assertFindings('The managers compared the systematic managements of two firms.', []);
  });
});

describe('a listed slip that is another English word, used as that word', () => {
  test('after a determiner of one thing, a word in -s with the clause going on is a verb', () => {
    assertFindings('The market participates in pricing through open bidding.', []);
    assertFindings('Every market participates in the national unified market.', []);
    assertFindings('We will stimulate the vitality of market participates.', ['misspelled-term']);
    assertFindings('Encourage market participates to invest.', ['misspelled-term']);
    // A plural of the official word is no other word.
    assertFindings('We integrate into the new development patterns of the region.', ['term-inflection']);
  });
});

describe('Chinese order: two words of two characters swapped', () => {
  test('two neighbouring characters swapped in a form of five or more', () => {
    const f = onlyFinding('要深度融入渝成地区双城经济圈建设。');
    assert.deepEqual([f.ruleId, f.actual, f.replacement], ['zh-order', '渝成地区双城经济圈', '成渝地区双城经济圈']);
  });

  test('inside a form of six or more, and a numbered formula standing alone', () => {
    assert.equal(onlyFinding('加快建设具有全国影响力的创新科技中心。').replacement, '具有全国影响力的科技创新中心');
    assert.equal(onlyFinding('推动“两群一区”协调发展。').ruleId, 'zh-order');
    assertOnlySuggestions('加快建设具有全国影响力的创新科技中心。');
  });

  test('no slip of sound or shape spans a mark that ends a clause', () => {
    assertFindings('控制农业面源污染，防止土壤退化。', []);
    assertFindings('加强污染防止工作。', ['zh-homophone']);
  });

  test('at an edge of a form, across a mark, or in a longer word, it is plain Chinese', () => {
    assertFindings('以改革驱动创新发展，推动数字技术深度融合文旅发展。', []);
    assertFindings('实施城市提升行动，提升城市品质。', []);
    assertFindings('单位地区生产总值能耗持续下降，经济运行保持在合理区间。', []);
    assertFindings('各项就业政策优先向脱贫人口、退役军人等重点群体倾斜。', []);
    assertFindings('以创新发展驱动产业转型升级。', []);
    assertFindings('坚持生态优先，发展绿色低碳产业。', []);
    assertFindings('强化企业主体，创新地位进一步凸显。', []);
    assertFindings('渝东北、渝东南两群一区县一策推进生态保护。', []);
  });

  test('one character in from an edge, a pair of characters the draft writes elsewhere nearby is a word of its own', () => {
    assertFindings('确保经济运行在合理区间。确保安全生产。', []);
    assertFindings('支持软件和信息服务企业发展，服务企业上云。', []);
    // With no such use nearby, the slip is found.
    assertFindings('确保经济运行在合理区间。', ['zh-missing-character']);
    assertFindings('推动成地区双城经济圈建设，推动发展。', ['zh-missing-character']);
    assertFindings('推进渝东北三峡库区城镇化群建设，城镇化率提高。', ['zh-extra-character']);
  });
});
