// A team term file with 10,000 realistic made-up entries (district hubs, corridors, pilot
// zones... of Chongqing), each with 1-3 variants, all distinct from each other and from the
// built-in term base. Deterministic; written to bench/results/scratch/ and reused while fresh.
// Usage: node bench/synthesize-terms.mjs [count]

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { BENCH, TEAM_TERMS, ensureDir, foldKey, isEnglishWord, loadBuiltinTerms, log, prng } from './lib/common.mjs';

const PLACES = [['Jiangbei', '江北'], ['Yubei', '渝北'], ['Shapingba', '沙坪坝'], ['Jiulongpo', '九龙坡'], ['Nan\'an', '南岸'],
  ['Beibei', '北碚'], ['Banan', '巴南'], ['Wanzhou', '万州', 'Wanxian', '万县'], ['Fuling', '涪陵', 'Fuling City'], ['Qianjiang', '黔江'],
  ['Changshou', '长寿'], ['Jiangjin', '江津', 'Jiangjin City'], ['Hechuan', '合川', 'Hechuan City'], ['Yongchuan', '永川', 'Yongchuan City'],
  ['Nanchuan', '南川', 'Nanchuan City'], ['Qijiang', '綦江', 'Qijiang County'], ['Dazu', '大足', 'Dazu County'], ['Bishan', '璧山', 'Bishan County'],
  ['Tongliang', '铜梁', 'Tongliang County'], ['Tongnan', '潼南', 'Tongnan County'], ['Rongchang', '荣昌', 'Rongchang County'],
  ['Kaizhou', '开州', 'Kaixian', '开县'], ['Liangping', '梁平', 'Liangping County'], ['Wulong', '武隆', 'Wulong County'], ['Chengkou', '城口'],
  ['Fengdu', '丰都'], ['Dianjiang', '垫江'], ['Zhongxian', '忠县'], ['Yunyang', '云阳'], ['Fengjie', '奉节'], ['Wushan', '巫山'],
  ['Wuxi', '巫溪'], ['Shizhu', '石柱'], ['Xiushan', '秀山'], ['Youyang', '酉阳'], ['Pengshui', '彭水'], ['Liangjiang', '两江'],
  ['Yuzhong', '渝中'], ['Dadukou', '大渡口'], ['Guoyuan', '果园']];
const MODIFIERS = [['digital', '数字', 'digitalized'], ['green', '绿色', 'eco-friendly'], ['smart', '智慧', 'intelligent'],
  ['low-carbon', '低碳', 'carbon-light'], ['cross-border', '跨境', 'transborder'], ['high-end', '高端', 'top-end'], ['modern', '现代', 'modernized'],
  ['integrated', '一体化', 'integrative'], ['specialized', '专业化', 'professional'], ['inclusive', '普惠', 'universal'],
  ['resilient', '韧性', 'robust'], ['rural', '乡村', 'countryside'], ['innovative', '创新型', 'innovation-oriented'], ['open', '开放型', 'opening'],
  ['shared', '共享', 'sharing'], ['circular', '循环', 'recycling'], ['international', '国际', 'global'], ['regional', '区域', 'area-wide'],
  ['new-type', '新型', 'novel'], ['premium', '精品', 'boutique'], ['collaborative', '协同', 'cooperative'], ['standardized', '标准化', 'normalized'],
  ['coordinated', '统筹', 'harmonized'], ['demonstration', '示范', 'model']];
const SECTORS = [['logistics', '物流', 'industry'], ['manufacturing', '制造', 'industry'], ['agriculture', '农业', 'rural-urban'],
  ['tourism', '旅游', 'industry'], ['finance', '金融', 'stable-growth'], ['data', '数据', 'innovation'], ['energy', '能源', 'ecology'],
  ['transport', '交通', 'stable-growth'], ['healthcare', '医疗健康', 'wellbeing'], ['education', '教育', 'wellbeing'],
  ['e-commerce', '电子商务', 'reform-opening', '电商'], ['trade', '贸易', 'reform-opening'], ['biomedicine', '生物医药', 'innovation', '生医'],
  ['automotive', '汽车', 'industry'], ['electronics', '电子信息', 'industry', '电子'], ['software', '软件', 'innovation'],
  ['culture', '文化', 'rural-urban'], ['sports', '体育', 'wellbeing'], ['elderly care', '养老', 'wellbeing'], ['housing', '住房', 'wellbeing'],
  ['water', '水务', 'ecology'], ['forestry', '林业', 'ecology'], ['fisheries', '渔业', 'rural-urban'], ['aviation', '航空', 'stable-growth'],
  ['shipping', '航运', 'reform-opening'], ['materials', '材料', 'industry'], ['equipment', '装备', 'industry'], ['chemicals', '化工', 'industry'],
  ['textiles', '纺织', 'industry'], ['food processing', '食品加工', 'rural-urban']];
const HEADS = [['hub', '枢纽', 'hub area', 'hubs'], ['corridor', '走廊', 'channel', 'corridors'], ['pilot zone', '试验区', 'trial zone', 'pilot zones'],
  ['demonstration zone', '示范区', 'model zone', 'demonstration zones'], ['industrial park', '产业园', 'industry park', 'industrial parks'],
  ['cluster', '集群', 'agglomeration', 'clusters'], ['platform', '平台', 'portal', 'platforms'], ['service center', '服务中心', 'service station', 'service centers'],
  ['action plan', '行动计划', 'work plan', 'action plans'], ['initiative', '专项行动', 'campaign', 'initiatives'], ['program', '工程', 'project', 'programs'],
  ['fund', '基金', 'funding pool', 'funds'], ['network', '网络', 'web', 'networks'], ['base', '基地', 'site', 'bases'], ['alliance', '联盟', 'league', 'alliances'],
  ['mechanism', '机制', 'arrangement', 'mechanisms'], ['system', '体系', 'framework', 'systems'], ['innovation center', '创新中心', 'innovation hub', 'innovation centers'],
  ['incubator', '孵化器', 'accelerator', 'incubators'], ['port', '港', 'harbour', 'ports'], ['exchange', '交易中心', 'trading center', 'exchanges'],
  ['town', '小镇', 'township', 'towns'], ['valley', '谷', 'vale', 'valleys'], ['belt', '产业带', 'zone belt', 'belts'], ['park', '园区', 'park area', 'parks'],
  ['laboratory', '实验室', 'lab', 'laboratories'], ['academy', '研究院', 'institute', 'academies'], ['expo', '博览会', 'fair', 'expos'],
  ['service network', '服务网络', 'service web', 'service networks'], ['data center', '数据中心', 'data centre hub', 'data centers']];
const BRITISH = [['center', 'centre'], ['specialized', 'specialised'], ['standardized', 'standardised'], ['modernized', 'modernised'], ['program', 'programme']];

export function synthesizeTerms(count = 10_000, seed = 'policy-phrasing-team-terms-1') {
  const rng = prng(seed);
  const builtin = loadBuiltinTerms();
  const taken = new Set();
  for (const t of builtin) for (const f of [t.en, t.zh, ...t.variants.map((v) => v.form)]) if (f) taken.add(foldKey(f));
  const claim = (form) => {
    const key = foldKey(form);
    if (!key || taken.has(key)) return false;
    taken.add(key);
    return true;
  };
  const terms = [];
  const ids = new Set();
  while (terms.length < count) {
    const place = rng.chance(0.85) ? rng.pick(PLACES) : null;
    const [mod, modZh, modInformal] = rng.pick(MODIFIERS);
    const [sector, sectorZh, area, sectorShortZh] = rng.pick(SECTORS);
    const [head, headZh, headInformal, headPlural] = rng.pick(HEADS);
    const en = [place?.[0], mod, sector, head].filter(Boolean).join(' ');
    const id = en.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    if (ids.has(id) || !claim(en)) continue;
    ids.add(id);
    const zh = rng.chance(0.6) ? [place?.[1], modZh, sectorZh, headZh].filter(Boolean).join('') : undefined;
    const term = { id, en, ...(zh && claim(zh) ? { zh } : {}), area,
      definition: `${place ? `The ${place[0]} ` : 'A '}${head} for ${mod} ${sector}, set up under a district implementation plan of 2022.` };
    const variants = [];
    const add = (form, kind, lang = 'en') => {
      if (variants.length < 3 && form !== en && claim(form)) variants.push({ form, kind, lang });
    };
    const enOf = (parts) => parts.filter(Boolean).join(' ');
    const zhOf = (parts) => parts.filter(Boolean).join('');
    const options = [
      () => add(enOf([place?.[0], mod, sector, headInformal]), 'informal'),
      () => add(enOf([place?.[0], modInformal, sector, head]), 'informal'),
      () => add(enOf([place?.[0], mod, sector, headPlural]), 'number'),
      () => add(misspell(en, rng), 'misspelling'),
      () => place?.[2] && add(enOf([place[2], mod, sector, head]), 'outdated'),
      () => { const b = BRITISH.find(([us]) => en.includes(us)); if (b) add(en.replace(b[0], b[1]), 'spelling'); },
      () => term.zh && sectorShortZh && add(zhOf([place?.[1], modZh, sectorShortZh, headZh]), 'informal', 'zh'),
      () => term.zh && place?.[3] && add(zhOf([place[3], modZh, sectorZh, headZh]), 'outdated', 'zh'),
    ];
    const wanted = 1 + rng.int(3);
    for (let tries = 0; variants.length < wanted && tries < 12; tries++) rng.pick(options)();
    if (variants.length === 0) add(misspell(en, rng), 'misspelling');
    term.variants = variants;
    terms.push(term);
  }
  return { version: 1, terms };
}

/** One letter dropped, doubled or swapped inside a word of 5+ letters, never a real word. */
function misspell(phrase, rng) {
  const words = phrase.split(' ');
  for (let tries = 0; tries < 10; tries++) {
    const i = rng.int(words.length);
    const w = words[i];
    if (!/^[a-z]{5,}$/i.test(w)) continue;
    const at = 1 + rng.int(w.length - 2);
    const op = rng.int(3);
    const typo = op === 0 ? w.slice(0, at) + w.slice(at + 1) : op === 1 ? w.slice(0, at + 1) + w[at] + w.slice(at + 1) : w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
    if (typo === w || isEnglishWord(typo)) continue;
    return words.map((x, k) => (k === i ? typo : x)).join(' ');
  }
  return phrase;
}

/** Writes the team term file unless a fresh one is there; returns its path. */
export function ensureTeamTerms(count = 10_000) {
  ensureDir(path.dirname(TEAM_TERMS));
  const print = createHash('sha256').update(fs.readFileSync(path.join(BENCH, 'synthesize-terms.mjs'))).update(String(count)).digest('hex').slice(0, 16);
  const stamp = `# bench fingerprint ${print}\n`;
  if (fs.existsSync(TEAM_TERMS) && fs.readFileSync(TEAM_TERMS, 'utf8').startsWith(stamp)) return TEAM_TERMS;
  const data = synthesizeTerms(count);
  fs.writeFileSync(TEAM_TERMS, `${stamp}# ${count} made-up team phrasings for the benchmark (bench/synthesize-terms.mjs).\n${stringify(data, { lineWidth: 0 })}`);
  const variants = data.terms.reduce((s, t) => s + t.variants.length, 0);
  log(`wrote ${TEAM_TERMS}: ${data.terms.length} phrasings, ${variants} variants, ${fs.statSync(TEAM_TERMS).size} bytes`);
  return TEAM_TERMS;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureTeamTerms(Number(process.argv[2] ?? 10_000)));
}
