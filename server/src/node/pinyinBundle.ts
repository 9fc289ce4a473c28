// pinyin-pro, bundled on its own (dist/pinyin-pro.js) so that only pinyin completion and the
// input-method export pay for loading it, not every lint run.
export { pinyin } from 'pinyin-pro';
