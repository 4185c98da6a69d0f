/**
 * Pygments' EzhilLexer (pygments/lexers/ezhil.py, Pygments 2.20.0), rule for rule: Ezhil, a Tamil-keyword programming language.
 *
 *     பதிப்பி "வணக்கம்"
 *     ->   <k>பதிப்பி</k> <s>"வணக்கம்"</s>
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_WORDS: readonly string[] = [
  'assert', 'max', 'min', 'நீளம்', 'சரம்_இடமாற்று', 'சரம்_கண்டுபிடி', 'பட்டியல்', 'பின்இணை', 'வரிசைப்படுத்து', 'எடு',
  'தலைகீழ்', 'நீட்டிக்க', 'நுழைக்க', 'வை', 'கோப்பை_திற', 'கோப்பை_எழுது', 'கோப்பை_மூடு', 'pi', 'sin', 'cos', 'tan',
  'sqrt', 'hypot', 'pow', 'exp', 'log', 'log10', 'exit',
];

export const ezhilLexer: LexerDefinition = {
  name: 'Ezhil',
  aliases: ['ezhil'],
  tokens: {
    root: [
      include('keywords'),
      [String.raw`#.*$`, 'Comment.Single'],
      [String.raw`[@+/*,^\-%]|[!<>=]=?|&&?|\|\|?`, 'Operator'],
      [String.raw`இல்`, 'Operator.Word'],
      [words(ROOT_WORDS, '', String.raw`\b`), 'Name.Builtin'],
      [String.raw`(True|False)\b`, 'Keyword.Constant'],
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      include('identifier'),
      include('literal'),
      [String.raw`[(){}\[\]:;.]`, 'Punctuation'],
    ],
    keywords: [
      [String.raw`பதிப்பி|தேர்ந்தெடு|தேர்வு|ஏதேனில்|ஆனால்|இல்லைஆனால்|இல்லை|ஆக|ஒவ்வொன்றாக|இல்|வரை|செய்|முடியேனில்|பின்கொடு|முடி|நிரல்பாகம்|தொடர்|நிறுத்து|நிரல்பாகம்`, 'Keyword'],
    ],
    identifier: [
      [String.raw`(?:[a-zA-Z_]|[஀-௿])(?:[0-9]|[a-zA-Z_]|[஀-௿])*`, 'Name'],
    ],
    literal: [
      [String.raw`".*?"`, 'Literal.String'],
      [String.raw`\d+((\.\d*)?[eE][+-]?\d+|\.\d*)`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
    ],
  },
};
