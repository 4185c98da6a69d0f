/**
 * Pygments' FutharkLexer (pygments/lexers/futhark.py, Pygments 2.20), rule for rule: Futhark: typed
 * numbers (`1i32`), array types and its keywords.
 *
 *     let x = 1i32 + 2   ->   <kr>let</kr><w> </w><n>x</n><w> </w><o>=</o><w> </w><mi>1i32</mi><w> </w><o>+</o><w> </w><mi>2</mi>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const futharkLexer: LexerDefinition = {
  name: 'Futhark',
  aliases: ['futhark'],
  tokens: {
    root: [
      ['--(.*?)$', 'Comment.Single'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\(\)`, 'Punctuation'],
      [String.raw`\b(if|then|else|def|let|loop|in|with|type|type~|type^|val|entry|for|while|do|case|match|include|import|module|open|local|assert|_)(?!\')\b`, 'Keyword.Reserved'],
      [String.raw`\b(i8|i16|i32|i64|u8|u16|u32|u64|f32|f64|bool)(?!\')\b`, 'Keyword.Type'],
      [String.raw`#\[([a-zA-Z_\(\) ]*)\]`, 'Comment.Preproc'],
      [String.raw`[#!]?([a-zA-Z_][a-zA-Z_0-9']*\.)*[a-zA-Z_][a-zA-Z_0-9']*`, 'Name'],
      [String.raw`\\`, 'Operator'],
      ['[-+/%=!><|&*^][-+/%=!><|&*^.]*', 'Operator'],
      ["[][(),:;`{}?.\\'~^]", 'Punctuation'],
      [String.raw`0[xX]_*[\da-fA-F](_*[\da-fA-F])*_*[pP][+-]?\d(_*\d)*(i8|i16|i32|i64|u8|u16|u32|u64|f32|f64)?`, 'Literal.Number.Float'],
      [String.raw`0[xX]_*[\da-fA-F](_*[\da-fA-F])*\.[\da-fA-F](_*[\da-fA-F])*(_*[pP][+-]?\d(_*\d)*)?(i8|i16|i32|i64|u8|u16|u32|u64|f32|f64)?`, 'Literal.Number.Float'],
      [String.raw`\d(_*\d)*_*[eE][+-]?\d(_*\d)*(i8|i16|i32|i64|u8|u16|u32|u64|f32|f64)?`, 'Literal.Number.Float'],
      [String.raw`\d(_*\d)*\.\d(_*\d)*(_*[eE][+-]?\d(_*\d)*)?(i8|i16|i32|i64|u8|u16|u32|u64|f32|f64)?`, 'Literal.Number.Float'],
      ['0[bB]_*[01](_*[01])*(i8|i16|i32|i64|u8|u16|u32|u64|f32|f64)?', 'Literal.Number.Bin'],
      [String.raw`0[xX]_*[\da-fA-F](_*[\da-fA-F])*(i8|i16|i32|i64|u8|u16|u32|u64|f32|f64)?`, 'Literal.Number.Hex'],
      [String.raw`\d(_*\d)*(i8|i16|i32|i64|u8|u16|u32|u64|f32|f64)?`, 'Literal.Number.Integer'],
      [String.raw`'`, 'Literal.String.Char', 'character'],
      ['"', 'Literal.String', 'string'],
      [String.raw`\[[a-zA-Z_\d]*\]`, 'Keyword.Type'],
      [String.raw`\(\)`, 'Name.Builtin'],
    ],
    character: [
      [String.raw`[^\\']'`, 'Literal.String.Char', '#pop'],
      [String.raw`\\`, 'Literal.String.Escape', 'escape'],
      [String.raw`'`, 'Literal.String.Char', '#pop'],
    ],
    string: [
      [String.raw`[^\\"]+`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String.Escape', 'escape'],
      ['"', 'Literal.String', '#pop'],
    ],
    escape: [
      [String.raw`[abfnrtv"\'&\\]`, 'Literal.String.Escape', '#pop'],
      [String.raw`\^[][A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸ-ŹŻŽƁ-ƂƄƆ-ƇƉ-ƋƎ-ƑƓ-ƔƖ-ƘƜ-ƝƟ-ƠƢƤƦ-ƧƩƬƮ-ƯƱ-ƳƵƷ-ƸƼǄǇǊǍǏǑǓǕǗǙǛǞǠǢǤǦǨǪǬǮǱǴǶ-ǸǺǼǾȀȂȄȆȈȊȌȎȐȒȔȖȘȚȜȞȠȢȤȦȨȪȬȮȰȲȺ-ȻȽ-ȾɁɃ-ɆɈɊɌɎͰͲͶͿΆΈ-ΊΌΎ-ΏΑ-ΡΣ-ΫϏϒ-ϔϘϚϜϞϠϢϤϦϨϪϬϮϴϷϹ-ϺϽ-ЯѠѢѤѦѨѪѬѮѰѲѴѶѸѺѼѾҀҊҌҎҐҒҔҖҘҚҜҞҠҢҤҦҨҪҬҮҰҲҴҶҸҺҼҾӀ-ӁӃӅӇӉӋӍӐӒӔӖӘӚӜӞӠӢӤӦӨӪӬӮӰӲӴӶӸӺӼӾԀԂԄԆԈԊԌԎԐԒԔԖԘԚԜԞԠԢԤԦԨԪԬԮԱ-ՖႠ-ჅჇჍᎠ-ᏵᲐ-ᲺᲽ-ᲿḀḂḄḆḈḊḌḎḐḒḔḖḘḚḜḞḠḢḤḦḨḪḬḮḰḲḴḶḸḺḼḾṀṂṄṆṈṊṌṎṐṒṔṖṘṚṜṞṠṢṤṦṨṪṬṮṰṲṴṶṸṺṼṾẀẂẄẆẈẊẌẎẐẒẔẞẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸỺỼỾἈ-ἏἘ-ἝἨ-ἯἸ-ἿὈ-ὍὙὛὝὟὨ-ὯᾸ-ΆῈ-ΉῘ-ΊῨ-ῬῸ-Ώℂℇℋ-ℍℐ-ℒℕℙ-ℝℤΩℨK-ℭℰ-ℳℾ-ℿⅅↃⰀ-ⰮⱠⱢ-ⱤⱧⱩⱫⱭ-ⱰⱲⱵⱾ-ⲀⲂⲄⲆⲈⲊⲌⲎⲐⲒⲔⲖⲘⲚⲜⲞⲠⲢⲤⲦⲨⲪⲬⲮⲰⲲⲴⲶⲸⲺⲼⲾⳀⳂⳄⳆⳈⳊⳌⳎⳐⳒⳔⳖⳘⳚⳜⳞⳠⳢⳫⳭⳲꙀꙂꙄꙆꙈꙊꙌꙎꙐꙒꙔꙖꙘꙚꙜꙞꙠꙢꙤꙦꙨꙪꙬꚀꚂꚄꚆꚈꚊꚌꚎꚐꚒꚔꚖꚘꚚꜢꜤꜦꜨꜪꜬꜮꜲꜴꜶꜸꜺꜼꜾꝀꝂꝄꝆꝈꝊꝌꝎꝐꝒꝔꝖꝘꝚꝜꝞꝠꝢꝤꝦꝨꝪꝬꝮꝹꝻꝽ-ꝾꞀꞂꞄꞆꞋꞍꞐꞒꞖꞘꞚꞜꞞꞠꞢꞤꞦꞨꞪ-ꞮꞰ-ꞴꞶꞸＡ-Ｚ𐐀-𐐧𐒰-𐓓𐲀-𐲲𑢠-𑢿𖹀-𖹟𝐀-𝐙𝐴-𝑍𝑨-𝒁𝒜𝒞-𝒟𝒢𝒥-𝒦𝒩-𝒬𝒮-𝒵𝓐-𝓩𝔄-𝔅𝔇-𝔊𝔍-𝔔𝔖-𝔜𝔸-𝔹𝔻-𝔾𝕀-𝕄𝕆𝕊-𝕐𝕬-𝖅𝖠-𝖹𝗔-𝗭𝘈-𝘡𝘼-𝙕𝙰-𝚉𝚨-𝛀𝛢-𝛺𝜜-𝜴𝝖-𝝮𝞐-𝞨𝟊𞤀-𞤡@^_]`, 'Literal.String.Escape', '#pop'],
      ['NUL|SOH|[SE]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[OI]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|[FGRU]S|SP|DEL', 'Literal.String.Escape', '#pop'],
      ['o[0-7]+', 'Literal.String.Escape', '#pop'],
      [String.raw`x[\da-fA-F]+`, 'Literal.String.Escape', '#pop'],
      [String.raw`\d+`, 'Literal.String.Escape', '#pop'],
      [String.raw`(\s+)(\\)`, bygroups('Text.Whitespace', 'Literal.String.Escape'), '#pop'],
    ],
  },
};
