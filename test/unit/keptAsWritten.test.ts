// Correct text a careful editor keeps as it is, found by the third precision review: quotations
// of the readout and words mentioned rather than used, other uses of a phrasing's words, and
// fixes that keep the draft's own choices (a capital after a list number, the serial comma).

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { assertFindings, assertFix, assertOnlySuggestions, findingsOf, onlyFinding } from '../support/assertions';

describe('quotations kept as written', () => {
  test('a verbatim quotation of the readout keeps its slips', () => {
    assertFindings('The readout asked the city to "promote carbon neutral work in an orderly manner", which later documents reword.', []);
    assertFindings('It asks the city to “encourage market participates” and to “enhance the capacity of resource factors”.', []);
    assertFindings('> Next, we should stabilize growth on a more prominent position, actively expand effective investment, promote infrastructure investment, industrial investment for better quality and efficiency, continue consumption rebound, stimulate the vitality of market participates.', []);
  });

  test('a quotation cut by an ellipsis is matched piece by piece', () => {
    assertFindings('The readout says: "stimulate the vitality of market participates … build leading industries".', []);
  });

  test('words mentioned, not used: the term "…", [sic]', () => {
    assertFindings('Hydrologists use the term "the upper reach of the Yangtze River" for the section above Yichang.', []);
    assertFindings('The draft wrote "carbon neutral work" [sic] in its second paragraph.', []);
    assertFindings('Write "14th Five-Year Plan" rather than "14th FYP" in every heading.', []);
  });

  test('a quotation used, not spoken of, is checked: after a plain "use", "so-called"', () => {
    assertFindings('We will use "new highlands of reform and opening up" to attract foreign capital.', ['new-highland-of-reform-and-opening-up']);
    assertFindings('The so-called "one area, two clusters" layout guides regional policy.', ['term-conjunction']);
    assertFindings('Do not use "one area, two clusters" in reports.', []);
  });

  test('a quotation that is not the readout\'s words, or the phrase alone, is checked', () => {
    assertFindings('The plan says "we will promote carbon neutral work across the district".', ['carbon-peaking-and-carbon-neutrality']);
    assertFindings('We will advance "carbon neutral work" this year.', ['carbon-peaking-and-carbon-neutrality']);
    assertFindings('The slogan of our district is "common prosparity for all".', ['common-prosperity']);
  });
});

describe('another use of the words', () => {
  test('a phrase ending in a phrasal verb, with its object', () => {
    assertFindings('The free trade zone is testing institutional reforms and opening up the services sector to foreign investors.', []);
    // "a" after it is a complement ("make … a priority"), not an object: still drift.
    assertFindings('We will make reforms and opening up a priority of this year\'s work.', ['reform-and-opening-up']);
    assertFindings('Through reform, opening up university laboratories to small firms has become routine.', []);
    assertFindings('Help the district become a new highland in reform and opening up through rail freight.', ['term-function-word']);
  });

  test('an "of" the official form lacks, with the noun after it taking a phrase of its own', () => {
    assertFindings('New rules on the prevention and control of pollution from ships came into force.', []);
    assertFindings('We will step up the prevention and control of pollution in every town.', ['pollution-prevention-and-control']);
    // The official form's own "of" is not such an "of" ("… barrier in the upper reaches of the Yangtze river by restoring …").
    assertFindings('We will build an important ecological barrier in the upper reaches of the Yangtze river by restoring wetlands.', ['term-casing']);
  });

  test('a countable phrasing in the plural, where the sentence speaks of several', () => {
    assertFindings('The economic work conferences of 2020 and 2021 both put stable growth first.', []);
    assertFindings('The past economic work conferences set the tone for each year.', []);
    assertFindings('As required by the economic work conferences, we will fill gaps in public facilities.', ['term-inflection']);
  });

  test('an informal form before a noun it modifies is suggested, not fixed', () => {
    const f = onlyFinding('Government-guided industry investment funds committed 40 billion yuan.');
    assert.equal(f.ruleId, 'non-standard-term');
    assert.equal(f.fixable, false);
    assert.match(f.message, /Before "funds" it may name something else, so it is not fixed automatically\.$/);
  });

  test('an informal form in plain words is ordinary English too: suggested, not fixed', () => {
    assertOnlySuggestions('We will expand industry investment in 2022.');
    // "safe production" is admitted: official Chinese English writes it (Safe Production Month).
    assertFindings('Its protocols ensure the safe production of vaccines for export.', []);
    assertOnlySuggestions('His daughter works in the finance industry in Shanghai.');
    // Words of the official form left out, a name or an abbreviation: it means nothing else, and is fixed.
    assertFix('We pursue carbon peaking and neutrality.', 'We pursue carbon peaking and carbon neutrality.');
    assertFix('We build the Chongqing-Chengdu economic circle.', 'We build the Chengdu-Chongqing economic circle.');
    assertFix('We promote S&T innovation in every district.', 'We promote scientific and technological innovation in every district.');
  });

  test('Xinhua\'s and the State Council\'s renderings of 科技创新 are admitted', () => {
    assertFindings('Chongqing will build a sci-tech innovation hub and promote science and technology innovation.', []);
    assertFindings('We promote S&T innovation in every district.', ['non-standard-term']);
  });
});

describe('compounds, lists and clauses (fourth review)', () => {
  test('a span that runs into a hyphenated word is part of it', () => {
    assertFindings('We estimate a multinomial logistic industry-choice model.', []);
  });

  test('hyphens that make the phrasing a compound modifier are English; alone it stays drift', () => {
    assertFindings('Service-industry output rose fastest, and there are business-environment rankings.', []);
    assertFindings('We will optimize business-environment.', ['term-hyphenation']);
  });

  test('a list of three as the subject of a sentence; "and" with a verb mid-sentence begins a clause', () => {
    assertFindings('Reform, opening up and innovation are the three engines of our growth.', []);
    assertFindings('The bureau will lead in improving a new highland of reform, opening up, and other departments will help.', ['term-conjunction']);
  });

  test('a comma inside a Chinese form where characters run on may end a clause: a suggestion', () => {
    assertOnlySuggestions('工业领域力争2030年前实现碳达峰，碳中和技术研发同步推进。');
    assertFix('做好碳达峰，碳中和。', '做好碳达峰、碳中和。');
  });
});

describe('more English grammar (fourth review)', () => {
  test('the singular with "of" after it names one reform of a thing', () => {
    assertFindings('We are deepening market-oriented reform of factor allocation.', []);
    // "Reform" is uncountable too: bare in the singular it is English, after a count it is not.
    assertFindings('We are deepening market-oriented reform.', []);
    assertFindings('We launched three market-oriented reform this year.', ['term-inflection']);
  });

  test('an article left out before a noun that modifies the next word', () => {
    assertFindings('Does the city support the revitalization of countryside tourism?', []);
    assertFindings('We will promote the revitalization of countryside in every town.', ['term-function-word']);
  });

  test('a phrasing alone on its line after a section number is a heading', () => {
    assertFindings('IV. Foreign Trade and Investment\nExports rose.', []);
    assertFindings('We expanded Foreign Trade and Investment in 2022.', ['term-casing']);
  });

  test('an earlier plan completed is told of in the past', () => {
    assertFindings('“十三五”规划确定的生态环境目标任务已圆满完成。', []);
  });
});

describe('grammar and the readout\'s own lists', () => {
  test('"a good start to" is English idiom; "a good start in" is drift', () => {
    assertFindings('Chongqing made a good start to the 14th Five-Year Plan.', []);
    assertFindings('Chongqing made a good start in the 14th Five-Year Plan.', ['term-function-word']);
  });

  test('a singular before a preposition is no modifier: the plural is lost', () => {
    assertFindings('We must cultivate first-class innovation subject among our 210 high-tech enterprises.', ['term-inflection']);
    assertFindings('We will fund 5 first-class innovation park projects.', []);
  });

  test('a singular that goes on with the readout\'s list is drift; the same singular elsewhere is English', () => {
    assertFindings('We will promote the synergistic development of intelligent industry, intelligent manufacturing and intelligent applications.', ['term-inflection']);
    assertFindings('The development of intelligent industry, big data and new materials is our focus.', []);
  });
});

describe('fixes keep the draft\'s own choices', () => {
  test('a capital after a list number in brackets', () => {
    const [f] = findingsOf('(13) Epidemic control and prevention at construction sites shall follow the guidelines.');
    assert.equal(f.replacements[0].text, 'Epidemic prevention and control');
  });

  test('the serial comma, left out or put in', () => {
    const [left] = findingsOf('We will put forward the major plan, projects, platforms and policies in an effective way.');
    assert.equal(left.replacements[0].text, 'major plans, projects, platforms and policies');
    const [put] = findingsOf('We will promote the high-end, intelligent, and green transformations of the industry.');
    assert.ok(put, 'the near miss is found');
    assert.equal(put.replacements[0].text, 'high-end, intelligent, and green transformation');
  });
});

describe('marks typed for a Chinese form\'s own (dev6, a kind)', () => {
  test('title marks for quotation marks are a certain fix; single or ASCII quotes a suggestion', () => {
    assertFix('紧扣《十四五》规划确定的目标任务。', '紧扣“十四五”规划确定的目标任务。');
    assertOnlySuggestions("紧扣'十四五'规划确定的目标任务。");
    assertOnlySuggestions('落实‘一区两群’部署。');
  });

  test('a slash between its parts stands for the enumeration comma', () => {
    const [f] = findingsOf('统筹做好碳达峰/碳中和工作。');
    assert.equal(f.ruleId, 'zh-punctuation');
    assert.equal(f.replacements[0].text, '碳达峰、碳中和');
  });

  test('single marks nested in a quotation, and a cited title, are right', () => {
    assertFindings('他说：“要落实‘十四五’规划，推动‘一区两群’协调发展。”', []);
    assertFindings('《重庆市“十四五”规划纲要》已印发。', []);
  });
});

describe('the readout\'s "the" before a count noun, after its own verb (dev3 and dev6, a kind)', () => {
  test('left out where the noun phrase ends, it is drift', () => {
    assertFindings('We will optimize business environment in every window.', ['term-function-word']);
    assertFindings('We will optimize the business environment in every window.', []);
  });

  test('before a noun it modifies, before "of", or for an abstract noun, no article is needed', () => {
    assertFindings('We will optimize business environment indicators.', []);
    assertFindings('We will coordinate systematic management of mountains and rivers.', []);
    assertFindings('We will promote synergistic development with our neighbours.', []);
  });
});

describe('fifth review', () => {
  test('a verbatim quotation with the draft\'s own comma or stop inside its closing mark', () => {
    assertFindings('The readout asked officials to "attach more importance of coordinate development of urban and rural areas."', []);
    assertFindings('It called on the city to "continue consumption rebound, stimulate the vitality of market participates," as part of growth.', []);
  });

  test('words spoken of as words: "do not use", "replace … with", "is a mistranslation", 一词, 的说法, 这一提法', () => {
    assertFindings('Replace "market subjects" with "market participants" throughout the draft.', []);
    assertFindings('3. Do not translate 安全生产 as "safe production".', []);
    assertFindings('"Safe production" is a common mistranslation of 安全生产.', []);
    assertFindings('文稿中不宜使用“经商环境”的说法，应统一为“营商环境”。', []);
    assertFindings('“一区二群”这一提法不规范，应为“一区两群”。', []);
  });

  test('a slash in a path, link or code is no enumeration; the message names the fix', () => {
    assertFindings('相关文件已归档至共享盘“政策汇编/碳达峰/碳中和”目录。', []);
    assertFindings('请将材料上传至 `政策汇编/碳达峰/碳中和` 文件夹。', []);
    const [f] = findingsOf('统筹做好碳达峰/碳中和工作。');
    assert.match(f.message, /碳达峰、碳中和/);
  });

  test('single quotes: English style around Chinese, and nested in a quotation begun on an earlier line', () => {
    assertFindings("In Chongqing's '一区两群' ('one area and two clusters') layout, the metropolitan area is the core.", []);
    assertFindings('报告指出：“全市上下要深入贯彻落实\n‘十四五’规划确定的目标任务，推动‘一区两群’协调发展。”', []);
  });

  test('a singular after the readout\'s verb that shares a plural head, or is uncountable, is English', () => {
    assertFindings('We will build leading industry, emerging industry and future industry clusters in the Liangjiang area.', []);
    assertFindings('We will deepen market-oriented reform in the energy and water sectors.', []);
  });

  test('the readout\'s "the" left out in headlines, list items, table cells and link text is a style', () => {
    assertFindings('Chongqing to optimize business environment with 20 new measures', []);
    assertFindings('- Optimize business environment', []);
    assertFindings('| Optimize business environment | Municipal Development and Reform Commission | June 2022 |', []);
    assertFindings('See [Optimize business environment](https://www.cq.gov.cn/zwgk/yshj.html) for the full list.', []);
    assertFindings('Goals for 2022: stabilize growth, optimize business environment, protect ecological environment.', []);
  });

  test('plural conferences with anything but a bare "the" before them', () => {
    assertFindings('The 2020 and 2021 economic work conferences both focused on effective investment.', []);
    assertFindings('District and county economic work conferences will follow in January.', []);
    assertFindings('Chongqing and Sichuan held their economic work conferences in December.', []);
  });

  test('a verb in -ing with its object', () => {
    assertFindings('Chongqing is opening up and reforming its state-owned enterprises at the same time.', []);
  });
});
